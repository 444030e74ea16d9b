package dev.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.precis.report.RunReportCollector.ReasonGroup;
import dev.precis.report.RunReportCollector.Result;
import dev.precis.report.RunReportCollector.SampleRow;

import org.junit.jupiter.api.Test;

/** What the page is made of stays bounded and adds up, whatever the number of rows. */
class RunReportCollectorTests {

    private static ReportRow summarized(String path, int wordsIn, int summary, int requested, String language) {
        return new ReportRow(path, Status.SUMMARIZED, null, "UTF-8", language, 1000L, wordsIn, wordsIn - 10, 10, 2, summary,
                requested, 3, 1, "requested-words", null, "0".repeat(64), "summaries/" + path + ".summary.txt", 1L);
    }

    @Test
    void reasonsAreGroupedWithoutTheirNumbersAndListTheirFirstFiles() {
        RunReportCollector c = new RunReportCollector();
        for (int i = 0; i < 120; i++) {
            c.accept(ReportRow.withoutSummary("big-" + i + ".txt", Status.SKIPPED,
                    "file too large: " + (20_000_000 + i) + " bytes (limit 10485760)", 1L, null, 0L));
        }
        c.accept(ReportRow.withoutSummary("a.txt", Status.FAILED, "not valid UTF-8 and not Windows-1252 either", 1L, null, 0L));
        c.accept(ReportRow.withoutSummary("b.txt", Status.FAILED, "invalid UTF-16 byte sequence", 1L, null, 0L));
        c.accept(ReportRow.withoutSummary("c.txt", Status.SKIPPED, null, 1L, null, 0L));

        List<ReasonGroup> groups = c.result(p -> "").reasons();
        assertThat(groups).extracting(g -> g.status() + " " + g.reason() + " " + g.count()).containsExactly(
                "FAILED invalid UTF-16 byte sequence 1",
                "FAILED not valid UTF-8 and not Windows-1252 either 1",
                "SKIPPED file too large: # bytes (limit #) 120",
                "SKIPPED (no reason given) 1");
        ReasonGroup large = groups.get(2);
        assertThat(large.files()).hasSize(RunReportCollector.FILES_PER_REASON);
        assertThat(large.files().get(0).path()).isEqualTo("big-0.txt");
        assertThat(large.files().get(0).reason()).isEqualTo("file too large: 20000000 bytes (limit 10485760)");
        assertThat(groups.get(0).files().get(0).reason()).as("same as the group's: not repeated").isNull();
    }

    @Test
    void aLargeRunIsSampledFirstLongestShortestInReportOrder() {
        RunReportCollector c = new RunReportCollector();
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            // lengths are a permutation of 100..10099, so the longest and shortest are known
            int words = 100 + (int) ((i * 7919L) % n);
            c.accept(summarized(String.format("f%05d.txt", i), words, 50, 200, i % 10 == 0 ? "de" : "en"));
        }
        Result r = c.result(path -> "preview of " + path);
        assertThat(r.summarized()).isEqualTo(n);
        assertThat(r.sampled()).isTrue();
        List<SampleRow> sample = r.sample();
        assertThat(sample).hasSizeBetween(RunReportCollector.SAMPLE_FIRST + 50, RunReportCollector.SAMPLE_FIRST + 100);
        assertThat(sample.stream().filter(s -> s.tag().equals("first"))).hasSize(RunReportCollector.SAMPLE_FIRST);
        assertThat(sample.stream().filter(s -> s.tag().equals("longest")).mapToInt(s -> s.row().wordsIn()).min().orElseThrow())
                .isEqualTo(100 + n - 50);
        assertThat(sample.stream().filter(s -> s.tag().equals("shortest")).mapToInt(s -> s.row().wordsIn()).max().orElseThrow())
                .isEqualTo(100 + 49);
        assertThat(sample).extracting(s -> s.row().path()).isSorted();
        assertThat(sample.get(0).preview()).isEqualTo("preview of summaries/f00000.txt.summary.txt");
        assertThat(r.languages()).containsExactly(Map.entry("en", 9_000L), Map.entry("de", 1_000L));
        assertThat(r.wordsIn().total()).isEqualTo(n);
        assertThat(r.summaryFill().counts().get(2)).as("50 of 200 words: 25%").isEqualTo(n);
    }

    @Test
    void aSmallRunShowsEverySummarizedFile() {
        RunReportCollector c = new RunReportCollector();
        for (int i = 0; i < 30; i++) {
            c.accept(summarized("f" + i, 300, 200, 200, "en"));
            c.accept(ReportRow.unchanged("u" + i, 10, "0".repeat(64), "summaries/u" + i + ".summary.txt", 0L));
        }
        Result r = c.result(path -> null);
        assertThat(r.sampled()).isFalse();
        assertThat(r.sample()).hasSize(30).allSatisfy(s -> assertThat(s.tag()).isEmpty());
        assertThat(r.summaryFill().counts().get(9)).as("a full budget is in the last bucket").isEqualTo(30);
        assertThat(r.reasons()).extracting(ReasonGroup::count).containsExactly(30L);
    }
}
