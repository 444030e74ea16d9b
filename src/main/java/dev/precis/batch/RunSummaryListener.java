package dev.precis.batch;

import java.time.Duration;
import java.time.LocalDateTime;

import dev.precis.batch.output.SummaryFiles;
import dev.precis.batch.store.ResultTable;
import dev.precis.batch.store.RunHistory;
import dev.precis.report.RunSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Opens and closes each execution: sweeps the temporary files an interrupted attempt left, and
 * logs the one-line run summary an operator reads first, and what to do when the run failed.
 */
public class RunSummaryListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

    private final ResultTable results;
    private final RunHistory history;

    public RunSummaryListener(ResultTable results, RunHistory history) {
        this.results = results;
        this.history = history;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        RunParameters run = RunParameters.of(jobExecution.getJobParameters());
        try {
            new SummaryFiles(run.output(), false).sweepTemporaryFiles();
        } catch (java.io.IOException e) {
            log.warn("Could not remove temporary files left in {}: {}", run.output(), e.getMessage());
        }
        log.info("Precis run {} (execution {}): {} -> {}", run.label(), jobExecution.getId(), run.input(), run.output());
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        RunParameters run = RunParameters.of(jobExecution.getJobParameters());
        long instanceId = jobExecution.getJobInstance().getInstanceId();
        RunSummary summary = results.summary(instanceId);
        // A completed run ends when its report says it finished (the report step recorded that moment);
        // Spring Batch's own end time, a little later, would make the log, the history and status
        // disagree with the page and the JSON. Set here, it is what the job database keeps.
        String finished = jobExecution.getStatus() == BatchStatus.COMPLETED
                ? jobExecution.getExecutionContext().getString(RunReports.FINISHED, null) : null;
        // A restart whose report step had already completed before the kill carries the earlier attempt's
        // finish in the copied context; it ends now, not before it started.
        if (finished != null && jobExecution.getStartTime() != null
                && !LocalDateTime.parse(finished).isBefore(jobExecution.getStartTime())) {
            jobExecution.setEndTime(LocalDateTime.parse(finished));
        }
        LocalDateTime end = jobExecution.getEndTime() != null ? jobExecution.getEndTime() : LocalDateTime.now();
        Duration elapsed = Duration.ofMillis(history.runMillis(instanceId, jobExecution.getId(), end));
        if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
            log.info("Precis run {} COMPLETED: {}. Report: {}", run.label(), summary.describe(elapsed), run.report());
        } else {
            // A worker slice's own exception says more than the partition manager's "unsuccessful step".
            String cause = jobExecution.getStepExecutions().stream()
                    .flatMap(step -> step.getFailureExceptions().stream())
                    .filter(e -> !(e instanceof org.springframework.batch.core.job.JobExecutionException))
                    .map(RunSummaryListener::rootMessage).findFirst()
                    .orElseGet(() -> jobExecution.getAllFailureExceptions().stream()
                            .map(RunSummaryListener::rootMessage).findFirst().orElse("stopped"));
            log.error("Precis run {} {}: {} so far; cause: {}. Fix the cause, then resume with"
                    + " --precis.command=restart (jobs/rerun-failed.sh)", run.label(), jobExecution.getStatus(),
                    summary.describe(elapsed), cause);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

}
