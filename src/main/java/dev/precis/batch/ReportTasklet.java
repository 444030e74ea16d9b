package dev.precis.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.precis.batch.manifest.ManifestTable;
import dev.precis.report.CsvReport;
import dev.precis.report.RunReport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: writes the CSV report from the committed result rows of the whole job instance
 * (all attempts), so a restarted run still gets one complete report with one row per file; then,
 * from the same pass over the rows, the run page (HTML) and the run summary (JSON) beside it.
 */
public class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final Path report;
    private final ManifestTable manifest;
    private final RunReports reports;

    public ReportTasklet(Path report, ManifestTable manifest, RunReports reports) {
        this.report = report;
        this.manifest = manifest;
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instanceId = execution.getJobInstance().getInstanceId();
        RunReport page;
        try (CsvReport.Writing writing = new CsvReport().open(report)) {
            page = reports.build(execution, true, row -> {
                try {
                    writing.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writing.publish(reports.fsync());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // The run's one finish: the job's end time, the log's and the history's duration are taken from it.
        execution.getExecutionContext().putString(RunReports.FINISHED, page.run().finished().toString());
        reports.write(page, report);
        manifest.dropManifest(instanceId);
        log.info("Report written: {} (page: .html, summary: .json)", report);
        return RepeatStatus.FINISHED;
    }
}
