package dev.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run page of a real run, rendered by Debian's headless Chromium (installed by .ci/run): it
 * shows the run's counts, hostile names as text, working links and every chart, and the console
 * has no error. A page with an injected script proves that the error capture would see one.
 */
class RunPageBrowserIT {

    @TempDir
    static Path tmp;

    /** Both nights, run once for the class: the job runs take most of its time. */
    static PrecisRuns runs;

    @BeforeAll
    static void runTheNights() throws Exception {
        runs = new PrecisRuns(tmp);
        hostileNights(runs);
    }

    /**
     * The night of issue 26: 30 news stories (one 12,000 words long, so counts carry thousands
     * separators; some under hostile names: markup, a formula, quotes, non-Latin script, emoji, a long
     * folder), 3 HTML pages, an empty, a binary and an appeal-only file (36 files); then a second
     * night with 2 files changed and 1 deleted.
     */
    static void hostileNights(PrecisRuns runs) throws Exception {
        RunPageFunctionalTests.hostileInput(runs); // plain.txt, a story under a script-like name, page.html, binary, empty
        Files.createDirectories(runs.input().resolve("long"));
        Files.createDirectories(runs.input().resolve("pages"));
        List<Path> stories;
        try (Stream<Path> dev = Files.list(PrecisRuns.devArticles())) {
            stories = dev.sorted().skip(10).limit(60).toList();
        }
        for (Path a : stories.subList(0, 24)) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        List<String> hostileNames = List.of("=HYPERLINK(\"http:x\";\"y\") , \"quoted\".txt", "Caf\u00e9 \u65e5\u672c\u8a9e \uD83D\uDCF0 news.txt",
                "a folder with a rather long name for a news desk's archive of stories/and a story with a long name as well.txt");
        for (int i = 0; i < hostileNames.size(); i++) {
            Path target = runs.input().resolve(hostileNames.get(i));
            Files.createDirectories(target.getParent());
            Files.copy(stories.get(24 + i), target);
        }
        StringBuilder longStory = new StringBuilder();
        for (Path a : stories.subList(27, 60)) {
            if (longStory.toString().split("\\s+").length < 12_000) {
                longStory.append(Files.readString(a).strip()).append('\n');
            }
        }
        Files.writeString(runs.input().resolve("long/a very long story.txt"), longStory, java.nio.file.StandardOpenOption.CREATE_NEW);
        try (Stream<Path> pages = Files.list(Path.of("../shared/eval/cleaning/dev"))) {
            int n = 0;
            for (Path p : pages.filter(p -> p.toString().endsWith(".html")).sorted().limit(2).toList()) {
                Files.copy(p, runs.input().resolve("pages/page-" + (++n) + ".html"));
            }
        }
        Files.writeString(runs.input().resolve("appeal.txt"), """
                Support independent journalism.
                Donate now
                Subscribe to our newsletter
                Your support keeps our reporting free for everyone.
                Become a member today
                """);
        assertThat(runs.run("--precis.run-date=2026-01-01")).isEqualTo(PrecisCommandLine.OK);
        Files.delete(runs.input().resolve("plain.txt"));
        Path html = runs.input().resolve("page.html");
        Files.writeString(html, Files.readString(html).replace("</article>",
                "<p>A second resident said the council had thanked her for the report on Tuesday.</p></article>"));
        Path story = runs.input().resolve(stories.get(0).getFileName());
        Files.writeString(story, Files.readString(story).strip() + "\nThe officials said they would publish a full account next week.\n");
        assertThat(runs.run("--precis.run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);
    }

    @Test
    void theRenderedPageShowsTheRunsCountsWithoutConsoleErrors() throws Exception {
        Map<String, CSVRecord> csv = runs.report("2026-01-02", 1);
        Map<String, Long> counts = Map.of(
                "files", csv.values().stream().filter(r -> !r.get("status").equals("DELETED")).count(),
                "summarized", count(csv, "SUMMARIZED"),
                "unchanged", csv.values().stream().filter(r -> r.get("reason").equals(ReportRow.UNCHANGED)).count(),
                "skipped", count(csv, "SKIPPED") - csv.values().stream().filter(r -> r.get("reason").equals(ReportRow.UNCHANGED)).count(),
                "failed", count(csv, "FAILED"),
                "deleted", count(csv, "DELETED"));
        assertThat(counts.get("unchanged")).as("second night: files unchanged").isPositive();
        assertThat(counts.get("deleted")).isEqualTo(1);
        assertThat(counts.get("summarized")).as("second night: the two changed files").isEqualTo(2);
        Map<String, CSVRecord> first = runs.report("2026-01-01", 1);
        assertThat(first.values().stream().filter(r -> !r.get("status").equals("DELETED"))).as("first night: files").hasSize(36);
        assertThat(first.get("appeal.txt").get("status")).isEqualTo("SKIPPED");
        assertThat(Integer.parseInt(first.get("long/a very long story.txt").get("words_cleaned"))).isGreaterThan(10_000);
        Path page = runs.output().resolve("reports/precis-2026-01-02-1.html");

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Opened opened = chromium.open(page.toUri().toString(), Duration.ofSeconds(60));
            HeadlessChromium.Page tab = opened.page();
            assertThat(tab.errors()).as("console errors").isEmpty();
            assertThat(tab.console()).as("console messages").isEmpty();

            for (Map.Entry<String, Long> c : counts.entrySet()) {
                assertThat(tab.evaluate("document.getElementById('count-" + c.getKey() + "').innerText"))
                        .as(c.getKey()).isEqualTo(String.format(Locale.ROOT, "%,d", c.getValue()));
            }
            assertThat(((Number) tab.evaluate("document.querySelector('#counts table').getBoundingClientRect().height"))
                    .doubleValue()).isPositive();
            assertThat(tab.evaluate("document.title")).isEqualTo("Precis run 2026-01-02 #1 – COMPLETED");
            assertThat(tab.evaluate("document.scripts.length")).isEqualTo(0);
            String text = (String) tab.evaluate("document.body.innerText");
            assertThat(text).contains(RunPageFunctionalTests.SCRIPT_PATH, RunPageFunctionalTests.IMG_PATH,
                    RunPageFunctionalTests.ENTITY_PATH, RunPageFunctionalTests.TITLE);
            assertThat(tab.evaluate("document.getElementById('history').textContent")).asString().contains("2026-01-01 #1");
            assertThat(tab.evaluate("document.getElementById('reasons').textContent")).asString().contains("plain.txt");

            // The runs are labelled with their night (year included) and number.
            @SuppressWarnings("unchecked")
            List<String> runLabels = (List<String>) tab.evaluate("[...document.querySelectorAll('#history svg text')].map(t => t.textContent)");
            assertThat(runLabels).contains("2026-01-01 #1", "2026-01-02 #1");
            assertThat(tab.evaluate("document.getElementById('languages-heading').textContent")).asString()
                    .contains("of the " + csv.values().stream().filter(r -> !r.get("words_in").isEmpty()).count() + " files read in this run")
                    .contains(counts.get("unchanged") + " unchanged files were not read again");

            tab.screenshot(Path.of("target/run-page-it.png"), 1200);

            // The browser resolves each file link to the file itself, whatever its name holds.
            String linked = (String) tab.evaluate("decodeURIComponent(new URL([...document.querySelectorAll('a.path')]"
                    + ".find(a => a.textContent === " + jsString(RunPageFunctionalTests.SCRIPT_PATH) + ").href).pathname)");
            assertThat(Path.of(linked)).isEqualTo(runs.input().toRealPath().resolve(RunPageFunctionalTests.SCRIPT_PATH));
            assertThat(Files.readString(Path.of(linked))).isNotEmpty();

            // The control: the same capture sees an injected script's error.
            Path broken = page.resolveSibling("broken.html");
            Files.writeString(broken, Files.readString(page).replace("</body>", "<script>console.error('x')</script></body>"));
            HeadlessChromium.Page control = chromium.open(broken.toUri().toString(), Duration.ofSeconds(60)).page();
            assertThat(control.errors()).as("a blocked inline script is reported").isNotEmpty();
        }
    }

    /**
     * The "done when": at a desktop width and at a phone's, on both nights' pages, no element
     * is wider than its box (a table cell whose numbers run into the next column) and the page does
     * not scroll sideways; a wide table or chart may scroll inside its own box. The history chart of
     * a single run is one narrow column, not a bar in a page-wide plot.
     */
    @Test
    void thePagesFitDesktopAndPhoneWidths() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            for (String night : List.of("2026-01-01", "2026-01-02")) {
                Path page = runs.output().resolve("reports/precis-" + night + "-1.html");
                HeadlessChromium.Page tab = chromium.open(page.toUri().toString(), Duration.ofSeconds(60)).page();
                tab.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
                for (int width : List.of(1280, 390)) {
                    tab.viewport(width, width > 500 ? 900 : 844, width < 500);
                    String where = night + " at " + width + " px";
                    assertThat(((Number) tab.evaluate("document.documentElement.clientWidth")).intValue())
                            .as(where + ": layout width; window.innerWidth " + tab.evaluate("window.innerWidth")).isEqualTo(width);
                    assertThat(tab.evaluate(OVERFLOWING)).as(where + ": elements wider than their box").asList().isEmpty();
                    assertThat(((Number) tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                            .intValue()).as(where + ": sideways scroll").isLessThanOrEqualTo(0);
                    assertThat(((Number) tab.evaluate("window.innerWidth")).intValue()).as(where + ": zoomed out to fit").isEqualTo(width);
                    tab.screenshot(Path.of("target/run-page-" + night + "-" + width + ".png"), width);
                }
                @SuppressWarnings("unchecked")
                List<Number> runCharts = (List<Number>) tab.evaluate(
                        "[...document.querySelectorAll('#history svg')].map(s => s.getBoundingClientRect().width)");
                assertThat(runCharts).hasSize(2);
                if (night.equals("2026-01-01")) {
                    assertThat(runCharts).as("one run: one narrow column").allSatisfy(w -> assertThat(w.doubleValue()).isLessThan(200));
                }
            }
        }
    }

    /**
     * Elements (outside SVG) whose content is wider than their box, except the boxes that scroll by
     * design (overflow other than visible); "tag.class: content width > box width: text".
     */
    private static final String OVERFLOWING = """
            [...document.body.querySelectorAll('*')].filter(e => {
              if (e.closest('svg')) return false;
              const cs = getComputedStyle(e);
              if (cs.display === 'none' || cs.display.startsWith('inline')
                  || ['table-row', 'table-row-group', 'table-header-group', 'table-column', 'table-column-group'].includes(cs.display)
                  || cs.overflowX !== 'visible' || e.closest('details:not([open])')) return false;
              return e.scrollWidth > e.clientWidth + 1;
            }).map(e => e.tagName.toLowerCase() + '.' + e.className + ': ' + e.scrollWidth + ' > ' + e.clientWidth + ': '
                + e.textContent.trim().slice(0, 80))
            """;

    private static long count(Map<String, CSVRecord> csv, String status) {
        return csv.values().stream().filter(r -> r.get("status").equals(status)).count();
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
