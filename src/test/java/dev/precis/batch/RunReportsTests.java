package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/** What the run summary says about a run's state and where its files are. */
class RunReportsTests {

    @Test
    void everyEndedStateHasTheExitCodeTheCommandLineGivesIt() {
        assertThat(RunReports.exitCode(BatchStatus.COMPLETED)).isZero();
        for (BatchStatus ended : new BatchStatus[] {BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.UNKNOWN,
                BatchStatus.ABANDONED}) {
            assertThat(RunReports.exitCode(ended)).as(ended.name()).isEqualTo(1);
        }
        assertThat(RunReports.exitCode(BatchStatus.STARTED)).as("running").isNull();
    }

    @Test
    void theJsonSummarySitsBesideTheCsv() {
        assertThat(RunReports.jsonPath(Path.of("out/reports/precis-2026-01-01-2.csv")))
                .isEqualTo(Path.of("out/reports/precis-2026-01-01-2.json"));
    }
}
