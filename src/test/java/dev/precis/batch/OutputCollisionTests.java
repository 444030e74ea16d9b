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

/**
 * Two inputs whose outputs need the same path (input {@code x} next to a folder {@code x.summary.txt/}),
 * or an output path taken by something else: a FAILED row for that file, and the job goes on.
 */
class OutputCollisionTests {

    @TempDir
    Path tmp;

    @Test
    void aFileWhoseSummaryPathIsAnotherInputsFolderFailsAndTheRestIsSummarized() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles = PrecisJobFunctionalTests.devArticles(3);
        Files.copy(articles.get(0), runs.input().resolve("x"));
        Files.createDirectories(runs.input().resolve("x.summary.txt"));
        Files.copy(articles.get(1), runs.input().resolve("x.summary.txt/a.txt"));
        Files.copy(articles.get(2), runs.input().resolve("other.txt"));

        assertThat(runs.run("--precis.threads=2", "--precis.commit-interval=1")).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report.get("x").get("status")).isEqualTo("FAILED");
        assertThat(report.get("x").get("reason")).startsWith("output path collision").contains("summaries/x.summary.txt")
                .contains("x.summary.txt/a.txt");
        assertThat(report.get("x.summary.txt/a.txt").get("status")).isEqualTo("SUMMARIZED");
        assertThat(report.get("other.txt").get("status")).isEqualTo("SUMMARIZED");
        assertThat(runs.summaries()).containsOnlyKeys("x.summary.txt/a.txt.summary.txt", "other.txt.summary.txt");
        // the next night goes the same way instead of failing for good
        assertThat(runs.run("--precis.run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);
        assertThat(runs.report("2026-01-02", 1).get("x").get("status")).isEqualTo("FAILED");
    }

    @Test
    void withCleanedOutputAFileWhoseCleanedPathIsAnotherInputsFolderFails() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles = PrecisJobFunctionalTests.devArticles(2);
        Files.copy(articles.get(0), runs.input().resolve("x"));
        Files.createDirectories(runs.input().resolve("x.txt"));
        Files.copy(articles.get(1), runs.input().resolve("x.txt/b.txt"));

        assertThat(runs.run("--precis.output.cleaned=true")).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report.get("x").get("status") + ": " + report.get("x").get("reason"))
                .startsWith("FAILED: output path collision").contains("cleaned/x.txt");
        assertThat(report.get("x.txt/b.txt").get("status")).isEqualTo("SUMMARIZED");
        assertThat(runs.output().resolve("cleaned/x.txt/b.txt.txt")).isRegularFile();
        assertThat(runs.summaries()).containsOnlyKeys("x.txt/b.txt.summary.txt");
    }

    @Test
    void aFolderAppearingWhereAnEarlierSummaryLiesTakesItsPlace() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles = PrecisJobFunctionalTests.devArticles(2);
        Files.copy(articles.get(0), runs.input().resolve("x"));
        assertThat(runs.run("--precis.run-date=2026-01-01")).isEqualTo(PrecisCommandLine.OK);
        assertThat(runs.summaries()).containsOnlyKeys("x.summary.txt");

        Files.createDirectories(runs.input().resolve("x.summary.txt"));
        Files.copy(articles.get(1), runs.input().resolve("x.summary.txt/a.txt"));
        assertThat(runs.run("--precis.run-date=2026-01-02", "--precis.threads=2", "--precis.commit-interval=1"))
                .isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-02", 1);
        assertThat(report.get("x").get("reason")).startsWith("output path collision")
                .endsWith("; its summary from an earlier run was removed");
        assertThat(report.get("x.summary.txt/a.txt").get("status")).isEqualTo("SUMMARIZED");
        assertThat(runs.summaries()).containsOnlyKeys("x.summary.txt/a.txt.summary.txt");
    }

    @Test
    void anOutputPathTakenBySomethingElseFailsThatFileOnly() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles = PrecisJobFunctionalTests.devArticles(3);
        Files.copy(articles.get(0), runs.input().resolve("z.txt"));
        Files.createDirectories(runs.input().resolve("w"));
        Files.copy(articles.get(1), runs.input().resolve("w/c.txt"));
        Files.copy(articles.get(2), runs.input().resolve("ok.txt"));
        // left in the output folder by someone else: a folder where z's summary goes, a file where w/ goes
        Files.createDirectories(runs.output().resolve("summaries/z.txt.summary.txt"));
        Files.writeString(runs.output().resolve("summaries/z.txt.summary.txt/notes"), "mine");
        Files.writeString(runs.output().resolve("summaries/w"), "not a folder");

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report.get("z.txt").get("status") + ": " + report.get("z.txt").get("reason"))
                .isEqualTo("FAILED: output path collision: summaries/z.txt.summary.txt is a folder");
        assertThat(report.get("w/c.txt").get("status") + ": " + report.get("w/c.txt").get("reason"))
                .isEqualTo("FAILED: output path collision: summaries/w is a file, not a folder");
        assertThat(report.get("ok.txt").get("status")).isEqualTo("SUMMARIZED");
        assertThat(runs.output().resolve("summaries/z.txt.summary.txt/notes")).hasContent("mine");
        assertThat(runs.output().resolve("summaries/w")).hasContent("not a folder");
    }
}
