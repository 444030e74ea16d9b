package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host with more cores than this machine: eight slices, each holding a database connection
 * through a chunk. With connections that time out after a quarter of a second (instead of 30 s),
 * a pool smaller than the slices fails the job at once instead of on a large night.
 */
class ManyThreadsTests {

    @TempDir
    Path tmp;

    @Test
    void eightSlicesWithConnectionsThatTimeOutQuicklyFinishTheNight() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        for (Path a : PrecisJobFunctionalTests.devArticles(320)) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }

        assertThat(runs.run("--precis.threads=8", "--precis.commit-interval=40",
                "--spring.datasource.hikari.connection-timeout=250")).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report).hasSize(320);
        assertThat(runs.summaries()).hasSize((int) report.values().stream().filter(r -> r.get("status").equals("SUMMARIZED")).count())
                .hasSizeGreaterThan(300);
    }
}
