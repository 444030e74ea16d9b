package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.precis.PrecisRuns;
import dev.precis.batch.output.SummaryFiles;
import dev.precis.text.WordCounter;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Later nights: what is redone, what is kept, and what no longer matches its input. */
class IncrementalRunTests {

    @TempDir
    Path tmp;

    @Test
    void aNewWordCapRedoesFilesWhoseInstructionItNowCaps() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles = PrecisJobFunctionalTests.devArticles(3); // each asks for 75 words
        for (Path a : articles) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        assertThat(runs.run("--precis.run-date=2026-03-01")).isZero();

        assertThat(runs.run("--precis.run-date=2026-03-02", "--precis.max-words=40")).isZero();

        Map<String, CSVRecord> night = runs.report("2026-03-02", 1);
        assertThat(night).hasSize(3).allSatisfy((path, row) -> {
            assertThat(row.get("status")).isEqualTo("SUMMARIZED");
            assertThat(row.get("requested_words")).isEqualTo("40");
        });
        for (String summary : runs.summaries().values()) {
            assertThat(new WordCounter().count(summary)).isLessThanOrEqualTo(40);
        }
        // and the same cap the next night: unchanged
        assertThat(runs.run("--precis.run-date=2026-03-03", "--precis.max-words=40")).isZero();
        assertThat(runs.report("2026-03-03", 1)).allSatisfy((path, row) ->
                assertThat(row.get("reason")).isEqualTo("unchanged since its last summary"));
    }

    private static final String REMOVED = "; its summary from an earlier run was removed";

    @Test
    void aFileThatNowFailsOrIsSkippedLosesItsEarlierSummaryAndTheRowSaysSo() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles = PrecisJobFunctionalTests.devArticles(5);
        String[] names = {"a-unchanged.txt", "b-now-binary.txt", "c-now-empty.txt", "d-now-boilerplate.txt", "e-now-link.txt"};
        for (int i = 0; i < names.length; i++) {
            Files.copy(articles.get(i), runs.input().resolve(names[i]));
        }
        assertThat(runs.run("--precis.run-date=2026-03-01", "--precis.output.cleaned=true")).isZero();
        assertThat(runs.summaries()).hasSize(5);
        assertThat(runs.output().resolve("cleaned/b-now-binary.txt.txt")).exists();

        Files.write(runs.input().resolve(names[1]), new byte[] {'a', 0, 'b'});
        Files.write(runs.input().resolve(names[2]), new byte[0]);
        Files.writeString(runs.input().resolve(names[3]), "news\nRead more\nShare\nSubscribe\n");
        Files.delete(runs.input().resolve(names[4]));
        Files.createSymbolicLink(runs.input().resolve(names[4]), runs.input().resolve(names[0]));
        assertThat(runs.run("--precis.run-date=2026-03-02", "--precis.output.cleaned=true")).isZero();

        Map<String, CSVRecord> night = runs.report("2026-03-02", 1);
        assertThat(row(night, names[0])).isEqualTo("SKIPPED: unchanged since its last summary");
        assertThat(row(night, names[1])).isEqualTo("FAILED: binary content (NUL bytes)" + REMOVED);
        assertThat(row(night, names[2])).isEqualTo("SKIPPED: empty file" + REMOVED);
        assertThat(row(night, names[3])).startsWith("SKIPPED: no story text after cleaning").endsWith(REMOVED);
        assertThat(row(night, names[4])).isEqualTo("SKIPPED: symbolic link: not followed" + REMOVED);
        assertThat(night.values()).filteredOn(r -> !r.get("path").equals(names[0])).allSatisfy(r -> assertThat(r.get("summary")).isEmpty());
        assertThat(runs.summaries()).containsOnlyKeys(names[0] + ".summary.txt");
        assertThat(runs.output().resolve("cleaned/b-now-binary.txt.txt")).doesNotExist();
        assertThat(runs.output().resolve("cleaned/a-unchanged.txt.txt")).exists();

        // the next night the failure is reported again, the removal is not
        assertThat(runs.run("--precis.run-date=2026-03-03", "--precis.output.cleaned=true")).isZero();
        assertThat(row(runs.report("2026-03-03", 1), names[1])).isEqualTo("FAILED: binary content (NUL bytes)");
    }

    @Test
    void aRestartAfterAFailureBetweenTheRemovalAndTheCommitReportsTheRemovalOnce() throws IOException {
        List<Path> articles = PrecisJobFunctionalTests.devArticles(4);
        PrecisRuns clean = new PrecisRuns(tmp.resolve("clean"));
        PrecisRuns failing = new PrecisRuns(tmp.resolve("failing"));
        for (PrecisRuns runs : List.of(clean, failing)) {
            for (int i = 0; i < 4; i++) {
                Files.copy(articles.get(i), runs.input().resolve((char) ('a' + i) + ".txt"));
            }
            assertThat(runs.run("--precis.run-date=2026-03-01")).isZero();
            // night 2: a and c change, b turns binary: one chunk removes b's summary, writes a's, then fails on c's
            for (String changed : List.of("a.txt", "c.txt")) {
                Path in = runs.input().resolve(changed);
                Files.writeString(in, Files.readString(in) + "\nThe minister said on tuesday that the talks would continue.\n");
            }
            Files.write(runs.input().resolve("b.txt"), new byte[] {'a', 0, 'b'});
        }
        assertThat(clean.run("--precis.run-date=2026-03-02", "--precis.threads=1")).isZero();
        assertThat(failing.run(new Class<?>[] {FailingSummaryFiles.class}, "--precis.run-date=2026-03-02", "--precis.threads=1",
                "--test.fail-at-write=2")).isEqualTo(dev.precis.PrecisCommandLine.JOB_FAILED);
        assertThat(failing.output().resolve(SummaryFiles.summaryPath("b.txt"))).doesNotExist();

        assertThat(failing.run("--precis.command=restart", "--precis.run-date=2026-03-02", "--precis.threads=1")).isZero();

        Map<String, CSVRecord> night = failing.report("2026-03-02", 1);
        assertThat(row(night, "b.txt")).isEqualTo("FAILED: binary content (NUL bytes)" + REMOVED);
        assertThat(PrecisJobFunctionalTests.withoutTimings(night)).isEqualTo(PrecisJobFunctionalTests.withoutTimings(clean.report("2026-03-02", 1)));
        assertThat(failing.summaries()).isEqualTo(clean.summaries()).hasSize(3);
    }

    @Test
    void deletedInputsKeepTheirSummariesUnlessPruningIsOn() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles = PrecisJobFunctionalTests.devArticles(3);
        for (Path a : articles) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        assertThat(runs.run("--precis.run-date=2026-03-01", "--precis.output.cleaned=true")).isZero();
        String kept = articles.get(0).getFileName().toString();
        String pruned = articles.get(1).getFileName().toString();
        Files.delete(runs.input().resolve(kept));
        assertThat(runs.run("--precis.run-date=2026-03-02", "--precis.output.cleaned=true")).isZero();
        assertThat(row(runs.report("2026-03-02", 1), kept)).isEqualTo("DELETED: input file removed; its summary was left in place");
        assertThat(runs.output().resolve(SummaryFiles.summaryPath(kept))).exists();

        Files.delete(runs.input().resolve(pruned));
        assertThat(runs.run("--precis.run-date=2026-03-03", "--precis.output.cleaned=true", "--precis.output.prune-deleted=true")).isZero();
        Map<String, CSVRecord> night = runs.report("2026-03-03", 1);
        assertThat(row(night, pruned)).isEqualTo("DELETED: input file removed; its summary was removed");
        assertThat(night.get(pruned).get("summary")).isEmpty();
        assertThat(night).doesNotContainKey(kept); // reported once, on the night it went
        assertThat(runs.output().resolve(SummaryFiles.summaryPath(pruned))).doesNotExist();
        assertThat(runs.output().resolve(SummaryFiles.cleanedPath(pruned))).doesNotExist();
        assertThat(runs.output().resolve(SummaryFiles.summaryPath(kept))).exists();
        assertThat(runs.summaries()).hasSize(2);
    }

    private static String row(Map<String, CSVRecord> report, String path) {
        CSVRecord r = report.get(path);
        assertThat(r).as("report row for " + path).isNotNull();
        return r.get("status") + ": " + r.get("reason");
    }
}
