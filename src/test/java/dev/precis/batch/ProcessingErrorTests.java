package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An {@link Error} inside one file's processing: the file fails, the job goes on; but not when memory runs out. */
class ProcessingErrorTests {

    private static final String MARKER = "zorblax";

    @TempDir
    Path tmp;

    @Test
    void aStackOverflowInOneFileMakesThatFileFailedAndTheJobGoesOn() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        copyWithMarker(runs);

        assertThat(runs.run(new Class<?>[] {FailingSummarizer.class}, "--test.error-marker=" + MARKER,
                "--precis.commit-interval=2")).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report).hasSize(5);
        assertThat(report.get("pathological.txt").get("status")).isEqualTo("FAILED");
        assertThat(report.get("pathological.txt").get("reason")).contains("StackOverflowError");
        assertThat(report.values()).filteredOn(r -> !r.get("path").equals("pathological.txt"))
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("SUMMARIZED"));
        assertThat(runs.summaries()).hasSize(4).doesNotContainKey("pathological.txt.summary.txt");
    }

    @Test
    void runningOutOfMemoryStillFailsTheJobAndARestartFinishesIt() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        copyWithMarker(runs);

        assertThat(runs.run(new Class<?>[] {FailingSummarizer.class}, "--test.error-marker=" + MARKER, "--test.error=oom",
                "--precis.commit-interval=2", "--precis.threads=1")).isEqualTo(PrecisCommandLine.JOB_FAILED);
        assertThat(runs.output().resolve("reports")).doesNotExist();

        assertThat(runs.run("--precis.command=restart", "--precis.commit-interval=2", "--precis.threads=1"))
                .isEqualTo(PrecisCommandLine.OK);
        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report).hasSize(5).allSatisfy((path, row) -> assertThat(row.get("status")).isEqualTo("SUMMARIZED"));
    }

    @Test
    void anyOtherErrorFailsTheJobAndNoEarlierSummaryIsRemovedAsStale() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        copyWithMarker(runs);
        assertThat(runs.run("--precis.run-date=2026-01-01")).isEqualTo(PrecisCommandLine.OK);
        assertThat(runs.summaries()).hasSize(5);

        // the next night a changed setting redoes every file, and one of them hits a class that cannot load
        assertThat(runs.run(new Class<?>[] {FailingSummarizer.class}, "--test.error-marker=" + MARKER,
                "--test.error=linkage", "--precis.run-date=2026-01-02", "--precis.max-share=0.4",
                "--precis.commit-interval=1", "--precis.threads=1")).isEqualTo(PrecisCommandLine.JOB_FAILED);
        assertThat(runs.summaries()).as("no summary is removed because of a broken installation").hasSize(5)
                .containsKey("pathological.txt.summary.txt");
    }

    /** Four dev articles, and a fifth whose first long line carries the marker. */
    private static void copyWithMarker(PrecisRuns runs) throws IOException {
        List<Path> articles = PrecisJobFunctionalTests.devArticles(5);
        for (Path a : articles.subList(0, 4)) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        List<String> lines = Files.readAllLines(articles.get(4));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > 100) {
                lines.set(i, lines.get(i).replaceFirst(" ", " " + MARKER + " "));
                break;
            }
        }
        assertThat(lines).anyMatch(l -> l.contains(MARKER));
        Files.write(runs.input().resolve("pathological.txt"), lines);
    }
}
