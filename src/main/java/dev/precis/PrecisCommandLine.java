package dev.precis;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.precis.batch.PrecisJob;
import dev.precis.batch.PrecisProperties;
import dev.precis.batch.RunParameters;
import dev.precis.batch.RunReports;
import dev.precis.batch.StopOnShutdown;
import dev.precis.batch.role.ConditionalOnRole;
import dev.precis.batch.role.Role;
import dev.precis.batch.store.JobDatabase;
import dev.precis.batch.store.JobDatabaseLock;
import dev.precis.batch.store.PrecisSchema;
import dev.precis.batch.store.ResultTable;
import dev.precis.report.JsonReport;
import dev.precis.report.RunSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The command-line entry: {@code --precis.command=run} (default), {@code restart} or {@code status},
 * for a standalone run and for a manager (precis.role=manager; a worker has no commands).
 * Exit codes (README: Exit codes): 0 the run completed or there was nothing to do; 1 the job
 * failed (rerun it with restart); 2 a usage or configuration error (nothing was run); 75 another
 * run holds the PostgreSQL job database's lock (nothing was run).
 */
@Component
@ConditionalOnProperty(name = "precis.cli.enabled", matchIfMissing = true)
@ConditionalOnRole({Role.STANDALONE, Role.MANAGER})
public class PrecisCommandLine implements ApplicationRunner, ExitCodeGenerator {

    public static final int OK = 0;
    public static final int JOB_FAILED = 1;
    public static final int USAGE = 2;
    public static final int LOCKED = 75;

    private static final Logger log = LoggerFactory.getLogger(PrecisCommandLine.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final PrecisProperties settings;
    private final JobDatabase database;
    private final ResultTable results;
    private final RunReports reports;
    private final JobDatabaseLock lock;
    private final ObjectProvider<StopOnShutdown> stopOnShutdown;
    private final Role role;
    private final PrintStream out;
    private int exitCode = OK;
    private JobExecution lastExecution;

    public PrecisCommandLine(JobOperator jobOperator, JobRepository jobRepository, Job job, PrecisProperties settings,
            JobDatabase database, ResultTable results, RunReports reports, JobDatabaseLock lock, ObjectProvider<StopOnShutdown> stopOnShutdown,
            Environment environment) {
        this.stopOnShutdown = stopOnShutdown;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.settings = settings;
        this.database = database;
        this.results = results;
        this.reports = reports;
        this.lock = lock;
        this.role = Role.of(environment);
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (role == null) {
            usage("unknown precis.role (use standalone, manager or worker)");
            return;
        }
        if (role != Role.STANDALONE && AotDetector.useGeneratedArtifacts()) {
            // the build-time bean definitions are the standalone role's: a manager or worker would run without its beans
            usage("precis.role=" + role.property() + " cannot start from Spring's AOT-processed beans: run it without"
                    + " -Dspring.aot.enabled=true (jobs/precis.sh: PRECIS_SPRING_AOT=0)");
            return;
        }
        if (role == Role.MANAGER && database.schema() != PrecisSchema.POSTGRESQL) {
            usage("precis.role=manager needs a job database its workers share: set spring.datasource.url=jdbc:postgresql://…"
                    + " (and spring.datasource.username / password)");
            return;
        }
        switch (settings.command().toLowerCase(Locale.ROOT)) {
            case "run" -> {
                if (locked()) {
                    run();
                }
            }
            case "restart" -> {
                if (locked()) {
                    restart();
                }
            }
            case "status" -> status();
            default -> usage("unknown precis.command '" + settings.command() + "' (use run, restart or status)");
        }
    }

    /** Takes the PostgreSQL job database's run lock (a no-op on H2, where the scripts' flock does this). */
    private boolean locked() throws java.sql.SQLException {
        if (lock.tryLock()) {
            return true;
        }
        log.error("Another Precis run or manager holds the lock of this job database; not starting (exit {})", LOCKED);
        exitCode = LOCKED;
        return false;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** The execution this invocation launched or resumed, if any (for tests). */
    public JobExecution lastExecution() {
        return lastExecution;
    }

    private void run() throws Exception {
        String runDate = settings.runDate() == null || settings.runDate().isBlank()
                ? LocalDate.now().toString() : settings.runDate();
        try {
            LocalDate.parse(runDate);
        } catch (DateTimeParseException e) {
            usage("precis.run-date must be a date like 2026-11-25, not '" + runDate + "'");
            return;
        }
        Path output = settings.output().toAbsolutePath().normalize();
        if (!Files.isDirectory(settings.input())) {
            usage("input folder " + settings.input().toAbsolutePath() + " does not exist (set precis.input)");
            return;
        }
        // The real path: an input folder reached through a symbolic link is still walked as a folder.
        Path input = settings.input().toRealPath();
        for (long seq = 1; ; seq++) {
            RunParameters run = new RunParameters(runDate, input, output, seq);
            JobInstance instance = jobRepository.getJobInstance(PrecisJob.JOB_NAME, run.toJobParameters());
            if (instance == null) {
                finish(launch(() -> jobOperator.start(job, run.toJobParameters())));
                return;
            }
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null) {
                // A kill between creating the instance and its first execution: it holds no state.
                log.warn("Run {} was recorded but never started (process killed); starting it afresh.", run.label());
                jobRepository.deleteJobInstance(instance);
                finish(launch(() -> jobOperator.start(job, run.toJobParameters())));
                return;
            }
            BatchStatus status = last.getStatus();
            if (status == BatchStatus.COMPLETED) {
                if (settings.newRun()) {
                    continue;
                }
                log.info("Run {} already completed (execution {}); nothing to do. Use --precis.new-run=true to run"
                        + " again over new or changed files.", run.label(), last.getId());
                return;
            }
            if (status == BatchStatus.ABANDONED) {
                continue;
            }
            log.info("Run {} did not complete (execution {} is {}): resuming it.", run.label(), last.getId(), status);
            resume(last);
            return;
        }
    }

    private void restart() throws Exception {
        JobExecution target;
        if (settings.executionId() != null) {
            target = jobRepository.getJobExecution(settings.executionId());
            if (target == null || !PrecisJob.JOB_NAME.equals(target.getJobInstance().getJobName())) {
                usage("no Precis job execution with id " + settings.executionId());
                return;
            }
            if (target.getStatus() == BatchStatus.COMPLETED || target.getStatus() == BatchStatus.ABANDONED) {
                usage("execution " + target.getId() + " is " + target.getStatus() + "; only failed or stopped runs can be restarted");
                return;
            }
        } else {
            target = mostRecentUnfinished();
            if (target == null) {
                log.info("Nothing to restart: no failed or interrupted Precis run.");
                return;
            }
        }
        log.info("Restarting run {} from execution {} ({}).",
                RunParameters.of(target.getJobParameters()).label(), target.getId(), target.getStatus());
        resume(target);
    }

    private JobExecution mostRecentUnfinished() {
        for (JobInstance instance : jobRepository.getJobInstances(PrecisJob.JOB_NAME, 0, 100)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
                return last;
            }
        }
        return null;
    }

    /**
     * Restarts a failed or stopped execution. One left STARTED by a killed process is first marked
     * failed (recover): the cron script's lock guarantees no other process is running it.
     */
    private void resume(JobExecution execution) throws Exception {
        JobExecution previous = execution;
        if (previous.getStatus().isRunning()) {
            log.info("Execution {} was interrupted (process killed); recovering it.", previous.getId());
            LocalDateTime lastActive = lastActivity(previous);
            previous = jobOperator.recover(previous);
            // recover ends the attempt now; it stopped running at its last recorded update, and counting
            // the time it lay dead would make the run's duration (log, page, history, status) too long.
            if (lastActive != null && previous.getEndTime() != null && lastActive.isBefore(previous.getEndTime())) {
                previous.setEndTime(lastActive);
                jobRepository.update(previous);
            }
        }
        if (role == Role.MANAGER) {
            failUnfinishedPartitions(previous);
        }
        JobExecution toRestart = previous;
        finish(launch(() -> jobOperator.restart(toRestart)));
    }

    /** When a killed execution last recorded anything: its own update or the latest of its steps'. */
    private LocalDateTime lastActivity(JobExecution execution) {
        LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated() : execution.getStartTime();
        for (StepExecution step : jobRepository.getJobExecution(execution.getId()).getStepExecutions()) {
            LocalDateTime t = step.getEndTime() != null ? step.getEndTime() : step.getLastUpdated();
            if (t != null && (last == null || t.isAfter(last))) {
                last = t;
            }
        }
        return last;
    }

    /**
     * A manager's failed execution can still list partitions as waiting or running: their requests were
     * never sent (the broker was down) or their worker died with the manager. Spring Batch restarts no
     * partition in that state, so they are marked failed, as recover does for a killed run's. A worker
     * still on one of them (the lock rules out another manager) commits nothing more: its next update
     * of the partition finds a newer version and rolls back.
     */
    private void failUnfinishedPartitions(JobExecution execution) {
        for (StepExecution step : jobRepository.getJobExecution(execution.getId()).getStepExecutions()) {
            if (step.getStatus().isRunning() && step.getStepName().startsWith(PrecisJob.SLICE_STEP + ":")) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("unfinished when its run was restarted"));
                step.setEndTime(LocalDateTime.now());
                jobRepository.update(step);
                log.info("Partition {} was left unfinished; marked failed so that the restart reruns it.", step.getStepName());
            }
        }
    }

    /** Starts or restarts the job, and tells StopOnShutdown when that has returned, whichever way. */
    private JobExecution launch(Callable<JobExecution> launch) throws Exception {
        try {
            return launch.call();
        } finally {
            stopOnShutdown.ifAvailable(StopOnShutdown::launchReturned);
        }
    }

    private void finish(JobExecution execution) {
        lastExecution = execution;
        exitCode = execution.getStatus() == BatchStatus.COMPLETED ? OK : JOB_FAILED;
    }

    private void status() throws java.io.IOException {
        switch (settings.format().toLowerCase(Locale.ROOT)) {
            case "text" -> statusTable();
            case "json" -> statusJson();
            default -> usage("unknown precis.format '" + settings.format() + "' (use text or json)");
        }
    }

    /**
     * The run summary of the latest run (or of {@code precis.execution-id}'s run) as JSON: the
     * report's own JSON file for a completed run, else built now from the job database.
     */
    private void statusJson() throws java.io.IOException {
        JobExecution execution;
        if (settings.executionId() != null) {
            execution = jobRepository.getJobExecution(settings.executionId());
            if (execution == null || !PrecisJob.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
                usage("no Precis job execution with id " + settings.executionId());
                return;
            }
        } else {
            List<JobInstance> latest = jobRepository.getJobInstances(PrecisJob.JOB_NAME, 0, 1);
            execution = latest.isEmpty() ? null : jobRepository.getLastJobExecution(latest.get(0));
            if (execution == null) {
                log.info("No Precis runs recorded in this job database.");
                out.println("null"); // valid JSON for a monitor that parses the output: there is no run
                out.flush();
                return;
            }
        }
        Path json = RunReports.jsonPath(RunParameters.of(execution.getJobParameters()).report());
        if (execution.getStatus() == BatchStatus.COMPLETED && Files.isRegularFile(json)) {
            out.print(Files.readString(json));
        } else {
            out.print(new JsonReport().render(reports.build(execution, false, row -> { })));
        }
        out.flush();
    }

    private void statusTable() {
        List<JobInstance> instances = new ArrayList<>(jobRepository.getJobInstances(PrecisJob.JOB_NAME, 0, 20));
        if (instances.isEmpty()) {
            out.println("No Precis runs recorded in this job database.");
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        out.printf(Locale.ROOT, "%-9s %-14s %-19s %-10s %11s %6s %6s %6s %6s %6s  %s%n", "execution", "run", "started",
                "status", "duration", "files", "summ.", "skip", "fail", "del.", "input");
        for (JobInstance instance : instances) {
            RunSummary counts = results.summary(instance.getInstanceId());
            List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(instance));
            for (JobExecution e : executions) {
                RunParameters run = RunParameters.of(e.getJobParameters());
                LocalDateTime start = e.getStartTime();
                LocalDateTime end = e.getEndTime();
                String duration = start == null ? "-" : format(Duration.between(start, end == null ? LocalDateTime.now() : end));
                out.printf(Locale.ROOT, "%-9d %-14s %-19s %-10s %11s %6d %6d %6d %6d %6d  %s%n", e.getId(), run.label(),
                        start == null ? "-" : time.format(start), e.getStatus(), duration, counts.files(),
                        counts.summarized(), counts.skipped(), counts.failed(), counts.deleted(), run.input());
            }
        }
    }

    private void usage(String message) {
        log.error(message);
        exitCode = USAGE;
    }

    /** h:mm:ss.s, rounded to the tenth as the log's and the page's "5.4 s" are, so the three agree. */
    private static String format(Duration d) {
        long tenths = Math.round(d.toMillis() / 100.0);
        return String.format(Locale.ROOT, "%d:%02d:%02d.%d", tenths / 36_000, tenths / 600 % 60, tenths / 10 % 60, tenths % 10);
    }
}
