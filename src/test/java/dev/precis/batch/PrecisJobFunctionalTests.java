package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;
import dev.precis.batch.output.SummaryFiles;
import dev.precis.text.WordCounter;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the real job on temporary folders and checks the files and the report it writes. */
class PrecisJobFunctionalTests {

    @TempDir
    Path tmp;

    @Test
    void summarizesTheSeedWithinItsBudgetAndReportsIt() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Files.copy(PrecisRuns.seed(), runs.input().resolve("seed.txt"));
        Files.createDirectories(runs.input().resolve("nested"));
        Files.writeString(runs.input().resolve("nested/short.txt"), """
                Summarize this content to 30 words in 2 paragraphs
                The city council approved a new budget on Monday after a long debate about road repairs and school funding.
                Council members said the plan would take effect in January and would be reviewed again in the summer.
                Residents who attended the meeting asked for more money for public transport and for the library.
                """);

        assertThat(runs.run("--precis.output.cleaned=true")).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report.keySet()).containsExactly("nested/short.txt", "seed.txt");
        // The audit trail: the cleaned text next to the summaries, story kept, appeal gone.
        String cleaned = Files.readString(runs.output().resolve("cleaned/seed.txt.txt"));
        assertThat(cleaned).contains("Orban and Putin also discussed energy projects, the Kremlin said.")
                .doesNotContain("A Message from The Moscow Times").doesNotContain("Summarize this content");
        assertThat(Integer.parseInt(report.get("seed.txt").get("lines_dropped"))).isPositive();
        CSVRecord seed = report.get("seed.txt");
        assertThat(seed.get("status")).isEqualTo("SUMMARIZED");
        assertThat(seed.get("requested_words")).isEqualTo("2000");
        assertThat(seed.get("requested_paragraphs")).isEqualTo("6");
        assertThat(seed.get("sha256")).hasSize(64);
        assertThat(Integer.parseInt(seed.get("words_cleaned"))).isLessThan(Integer.parseInt(seed.get("words_in")));

        String summary = Files.readString(runs.output().resolve(seed.get("summary")));
        assertThat(summary).contains("Putin").doesNotContain("Summarize this content")
                .doesNotContain("Moscow Times").doesNotContain("Remind me");
        assertThat(new WordCounter().count(summary)).isEqualTo(Integer.parseInt(seed.get("words_summary")))
                .isLessThanOrEqualTo(2000);

        CSVRecord small = report.get("nested/short.txt");
        assertThat(small.get("status")).isEqualTo("SUMMARIZED");
        String smallSummary = Files.readString(runs.output().resolve("summaries/nested/short.txt.summary.txt"));
        assertThat(new WordCounter().count(smallSummary)).isLessThanOrEqualTo(30).isPositive();
        assertThat(smallSummary.split("\n\n")).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void withFsyncTheSameSummariesAndReportFilesAreWritten() throws IOException {
        List<Map<String, String>> outputs = new java.util.ArrayList<>();
        for (boolean fsync : new boolean[] {false, true}) {
            PrecisRuns runs = new PrecisRuns(tmp.resolve("fsync-" + fsync));
            Files.copy(PrecisRuns.seed(), runs.input().resolve("seed.txt"));
            Files.write(runs.input().resolve("empty.txt"), new byte[0]);
            assertThat(runs.run("--precis.output.fsync=" + fsync)).isEqualTo(PrecisCommandLine.OK);
            outputs.add(writtenFiles(runs.output()));
        }
        assertThat(outputs.get(1)).isEqualTo(outputs.get(0)).containsOnlyKeys("summaries/seed.txt.summary.txt",
                "reports/precis-2026-01-01-1.csv", "reports/precis-2026-01-01-1.html", "reports/precis-2026-01-01-1.json");
    }

    /** Each file under the output folder: a summary's text, or for a report file (its times differ) whether it has content. */
    private static Map<String, String> writtenFiles(Path output) throws IOException {
        Map<String, String> files = PrecisRuns.files(output);
        files.replaceAll((name, text) -> name.startsWith("reports/") ? "bytes: " + !text.isEmpty() : text);
        return files;
    }

    @Test
    void badInputBecomesReportRowsAndTheJobGoesOn() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        Files.copy(PrecisRuns.seed(), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("blank.txt"), "  \n\n\t \n");
        Files.write(in.resolve("binary.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, (byte) 0xff});
        Files.writeString(in.resolve("instruction-only.txt"), "Summarize this content to 100 words in 2 paragraphs\n");
        Files.writeString(in.resolve("boilerplate-only.txt"), "news\nRead more\nShare\nSubscribe\n");
        Files.write(in.resolve("huge.txt"), "word ".repeat(60_000).getBytes(StandardCharsets.US_ASCII));
        Files.write(in.resolve("koi8.txt"), "Президент России заявил сегодня о новых мерах поддержки экономики страны."
                .getBytes("KOI8-R"));
        Files.writeString(in.resolve(".hidden.txt"), "ignored by rule");
        Files.createSymbolicLink(in.resolve("link.txt"), in.resolve("good.txt"));

        assertThat(runs.run("--precis.max-file-bytes=100000")).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report).doesNotContainKey(".hidden.txt");
        assertThat(status(report, "good.txt")).isEqualTo("SUMMARIZED");
        assertThat(row(report, "empty.txt")).isEqualTo("SKIPPED: empty file");
        assertThat(row(report, "blank.txt")).isEqualTo("SKIPPED: no text (whitespace only)");
        assertThat(row(report, "binary.bin")).startsWith("FAILED: binary content");
        assertThat(row(report, "instruction-only.txt")).isEqualTo("SKIPPED: instruction only, no article text");
        assertThat(row(report, "boilerplate-only.txt")).startsWith("SKIPPED: no story text after cleaning");
        assertThat(row(report, "huge.txt")).startsWith("SKIPPED: file too large: 300000 bytes");
        assertThat(row(report, "koi8.txt")).startsWith("FAILED: not valid UTF-8");
        assertThat(row(report, "link.txt")).isEqualTo("SKIPPED: symbolic link: not followed");
        assertThat(runs.summaries().keySet()).containsExactly("good.txt.summary.txt");
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void restartAfterAnOutputFailureFinishesExactlyLikeAnUninterruptedRun(int threads) throws IOException {
        List<Path> articles = devArticles(23);
        PrecisRuns clean = new PrecisRuns(tmp.resolve("clean"));
        PrecisRuns failing = new PrecisRuns(tmp.resolve("failing"));
        for (Path a : articles) {
            Files.copy(a, clean.input().resolve(a.getFileName()));
            Files.copy(a, failing.input().resolve(a.getFileName()));
        }
        String threadCount = "--precis.threads=" + threads;
        assertThat(clean.run("--precis.commit-interval=5", threadCount)).isEqualTo(PrecisCommandLine.OK);

        // The 12th write fails like a full disk. With one thread, chunks 1 and 2 (10 files) are
        // committed and chunk 3 is not; with two, the other slice may go on to its end.
        int failed = failing.run(new Class<?>[] {FailingSummaryFiles.class}, "--precis.commit-interval=5",
                "--test.fail-at-write=12", threadCount);
        assertThat(failed).isEqualTo(PrecisCommandLine.JOB_FAILED);
        assertThat(failing.output().resolve("reports")).doesNotExist();
        if (threads == 1) {
            assertThat(failing.summaries()).hasSize(11);
        } else {
            assertThat(failing.summaries().size()).isBetween(11, 22);
        }

        assertThat(failing.run("--precis.command=restart", "--precis.commit-interval=5", threadCount))
                .isEqualTo(PrecisCommandLine.OK);

        assertThat(failing.summaries()).isEqualTo(clean.summaries()).hasSize(23);
        assertThat(withoutTimings(failing.report("2026-01-01", 1))).isEqualTo(withoutTimings(clean.report("2026-01-01", 1)));
        try (Stream<Path> temp = Files.list(failing.output().resolve(SummaryFiles.TEMP_DIR))) {
            assertThat(temp).isEmpty();
        }
        // The restarted run is complete: running again the same night is a no-op.
        assertThat(failing.run()).isEqualTo(PrecisCommandLine.OK);
        assertThat(failing.run("--precis.command=restart")).isEqualTo(PrecisCommandLine.OK);
    }

    /**
     * On a later night the manifest step reports unchanged files itself and the chunk step reads only
     * the rest; a restart of such a night must still finish exactly like an uninterrupted one.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void restartOfAnIncrementalNightFinishesExactlyLikeAnUninterruptedOne(int threads) throws IOException {
        List<Path> articles = devArticles(23);
        PrecisRuns clean = new PrecisRuns(tmp.resolve("clean"));
        PrecisRuns failing = new PrecisRuns(tmp.resolve("failing"));
        String threadCount = "--precis.threads=" + threads;
        for (PrecisRuns runs : List.of(clean, failing)) {
            for (Path a : articles) {
                Files.copy(a, runs.input().resolve(a.getFileName()));
            }
            assertThat(runs.run("--precis.run-date=2026-03-01", threadCount)).isZero();
            // before night 2: 8 files change, and one unchanged file lost its summary (so it is redone)
            for (Path a : articles.subList(0, 8)) {
                Path in = runs.input().resolve(a.getFileName());
                Files.writeString(in, Files.readString(in) + "\nThe minister said on tuesday that the talks would continue.\n");
            }
            Files.delete(runs.output().resolve(SummaryFiles.summaryPath(articles.get(20).getFileName().toString())));
        }
        assertThat(clean.run("--precis.run-date=2026-03-02", "--precis.commit-interval=2", threadCount)).isZero();
        int failed = failing.run(new Class<?>[] {FailingSummaryFiles.class}, "--precis.run-date=2026-03-02",
                "--precis.commit-interval=2", "--test.fail-at-write=4", threadCount);
        assertThat(failed).isEqualTo(PrecisCommandLine.JOB_FAILED);
        assertThat(failing.run("--precis.command=restart", "--precis.run-date=2026-03-02", "--precis.commit-interval=2",
                threadCount)).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> night = failing.report("2026-03-02", 1);
        assertThat(withoutTimings(night)).isEqualTo(withoutTimings(clean.report("2026-03-02", 1)));
        assertThat(failing.summaries()).isEqualTo(clean.summaries()).hasSize(23);
        assertThat(statuses(night)).containsOnly("SUMMARIZED", "SKIPPED");
        assertThat(night.values()).filteredOn(r -> r.get("status").equals("SUMMARIZED")).hasSize(9);
        assertThat(status(night, articles.get(20).getFileName().toString())).isEqualTo("SUMMARIZED");
        String unchanged = articles.get(21).getFileName().toString();
        assertThat(row(night, unchanged)).isEqualTo("SKIPPED: unchanged since its last summary");
        // the row the manifest step writes is the row the processor would write: size, hash and summary path
        CSVRecord first = failing.report("2026-03-01", 1).get(unchanged);
        assertThat(night.get(unchanged).get("bytes")).isEqualTo(first.get("bytes"));
        assertThat(night.get(unchanged).get("sha256")).isEqualTo(first.get("sha256")).hasSize(64);
        assertThat(night.get(unchanged).get("summary")).isEqualTo(first.get("summary")).isNotEmpty();
    }

    @Test
    void outputFolderThatCannotBeCreatedFailsTheJob() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Files.copy(PrecisRuns.seed(), runs.input().resolve("seed.txt"));
        Files.writeString(runs.output(), "a file where the output folder should be");
        assertThat(runs.run()).isEqualTo(PrecisCommandLine.JOB_FAILED);
        Files.delete(runs.output());
        assertThat(runs.run("--precis.command=restart")).isEqualTo(PrecisCommandLine.OK);
        assertThat(runs.report("2026-01-01", 1).get("seed.txt").get("status")).isEqualTo("SUMMARIZED");
    }

    @Test
    void missingInputFolderIsAUsageError() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Files.delete(runs.input());
        assertThat(runs.run()).isEqualTo(PrecisCommandLine.USAGE);
        assertThat(runs.run("--precis.command=fly")).isEqualTo(PrecisCommandLine.USAGE);
    }

    @Test
    void eachNightRedoesOnlyNewChangedAndFailedFilesAndReportsDeletedOnes() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles = devArticles(6);
        for (Path a : articles) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        Files.write(runs.input().resolve("broken.txt"), new byte[] {'a', 0, 'b'});
        String changed = articles.get(1).getFileName().toString();
        String deleted = articles.get(2).getFileName().toString();

        assertThat(runs.run("--precis.run-date=2026-03-01")).isZero();
        assertThat(statuses(runs.report("2026-03-01", 1))).containsOnly("SUMMARIZED", "FAILED");
        Path firstSummary = runs.output().resolve(SummaryFiles.summaryPath(articles.get(0).getFileName().toString()));
        long writtenAt = Files.getLastModifiedTime(firstSummary).toMillis();

        // Second night, nothing changed: nothing is summarized again, the failed file is tried again.
        assertThat(runs.run("--precis.run-date=2026-03-02")).isZero();
        Map<String, CSVRecord> second = runs.report("2026-03-02", 1);
        assertThat(second.values()).filteredOn(r -> !r.get("path").equals("broken.txt"))
                .allSatisfy(r -> assertThat(r.get("status") + ": " + r.get("reason")).isEqualTo("SKIPPED: unchanged since its last summary"));
        assertThat(row(second, "broken.txt")).startsWith("FAILED: binary content");
        assertThat(Files.getLastModifiedTime(firstSummary).toMillis()).isEqualTo(writtenAt);

        // Third night: one file changed, one deleted, one new.
        Files.writeString(runs.input().resolve(changed), Files.readString(runs.input().resolve(changed))
                + "\nThe minister said on tuesday that the talks would continue next week in the capital.\n");
        Files.delete(runs.input().resolve(deleted));
        Files.copy(PrecisRuns.seed(), runs.input().resolve("new.txt"));
        assertThat(runs.run("--precis.run-date=2026-03-03")).isZero();
        Map<String, CSVRecord> third = runs.report("2026-03-03", 1);
        assertThat(status(third, changed)).isEqualTo("SUMMARIZED");
        assertThat(status(third, "new.txt")).isEqualTo("SUMMARIZED");
        assertThat(row(third, deleted)).isEqualTo("DELETED: input file removed; its summary was left in place");
        assertThat(runs.output().resolve(SummaryFiles.summaryPath(deleted))).exists();
        assertThat(status(third, articles.get(0).getFileName().toString())).isEqualTo("SKIPPED");

        // Fourth night: the deletion is not reported again.
        assertThat(runs.run("--precis.run-date=2026-03-04")).isZero();
        assertThat(runs.report("2026-03-04", 1)).doesNotContainKey(deleted);
    }

    @Test
    void aSecondRunTheSameNightIsANoOpUnlessAskedForAndStatusListsRuns() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Files.copy(PrecisRuns.seed(), runs.input().resolve("seed.txt"));
        assertThat(runs.run()).isZero();
        assertThat(runs.run()).isZero();
        assertThat(runs.output().resolve("reports/precis-2026-01-01-2.csv")).doesNotExist();
        assertThat(runs.run("--precis.new-run=true")).isZero();
        assertThat(status(runs.report("2026-01-01", 2), "seed.txt")).isEqualTo("SKIPPED");

        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(runs.run("--precis.command=status")).isZero();
        } finally {
            System.setOut(original);
        }
        String table = captured.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("2026-01-01 #1").contains("2026-01-01 #2").contains("COMPLETED");
    }

    private static List<String> statuses(Map<String, CSVRecord> report) {
        return report.values().stream().map(r -> r.get("status")).toList();
    }

    static List<Path> devArticles(int n) throws IOException {
        try (Stream<Path> files = Files.list(PrecisRuns.devArticles())) {
            return files.sorted().limit(n).toList();
        }
    }

    private static String status(Map<String, CSVRecord> report, String path) {
        return report.get(path).get("status");
    }

    private static String row(Map<String, CSVRecord> report, String path) {
        CSVRecord r = report.get(path);
        assertThat(r).as("report row for " + path).isNotNull();
        return r.get("status") + ": " + r.get("reason");
    }

    static Map<String, List<String>> withoutTimings(Map<String, CSVRecord> report) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        report.forEach((path, r) -> {
            Map<String, String> m = new java.util.LinkedHashMap<>(r.toMap());
            m.remove("millis");
            rows.put(path, List.copyOf(m.values()));
        });
        return rows;
    }
}
