package dev.precis.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.precis.report.CsvReport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: writes the CSV report from the committed result rows of the whole job instance
 * (all attempts), so a restarted run still gets one complete report with one row per file.
 */
public class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final Path report;
    private final PrecisStore store;

    public ReportTasklet(Path report, PrecisStore store) {
        this.report = report;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long instanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        try (CsvReport.Writing writing = new CsvReport().open(report)) {
            store.forEachResult(instanceId, row -> {
                try {
                    writing.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writing.publish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        store.dropManifest(instanceId);
        log.info("Report written: {}", report);
        return RepeatStatus.FINISHED;
    }
}
