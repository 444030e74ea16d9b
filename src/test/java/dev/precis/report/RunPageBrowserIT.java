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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run page of a real run, rendered by Debian's headless Chromium (installed by .ci/run): it
 * shows the run's counts, hostile names as text, working links and every chart, and the console
 * has no error. A page with an injected script proves that the error capture would see one.
 */
class RunPageBrowserIT {

    @TempDir
    Path tmp;

    @Test
    void theRenderedPageShowsTheRunsCountsWithoutConsoleErrors() throws Exception {
        PrecisRuns runs = new PrecisRuns(tmp);
        RunPageFunctionalTests.hostileInput(runs);
        try (Stream<Path> dev = Files.list(PrecisRuns.devArticles())) {
            for (Path a : dev.sorted().skip(10).limit(12).toList()) {
                Files.copy(a, runs.input().resolve(a.getFileName()));
            }
        }
        assertThat(runs.run("--precis.run-date=2026-01-01")).isEqualTo(PrecisCommandLine.OK);
        Files.delete(runs.input().resolve("plain.txt"));
        Path html = runs.input().resolve("page.html");
        Files.writeString(html, Files.readString(html).replace("</article>",
                "<p>A second resident said the council had thanked her for the report on Tuesday.</p></article>"));
        assertThat(runs.run("--precis.run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);
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

            // Every chart is drawn at a readable size, and the page does not overflow sideways.
            @SuppressWarnings("unchecked")
            List<Number> chartWidths = (List<Number>) tab.evaluate(
                    "[...document.querySelectorAll('svg')].map(s => s.getBoundingClientRect().width)");
            assertThat(chartWidths).hasSizeGreaterThanOrEqualTo(6).allSatisfy(w -> assertThat(w.doubleValue()).isGreaterThan(200));
            assertThat(((Number) tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue())
                    .isLessThanOrEqualTo(0);

            // The browser resolves each file link to the file itself, whatever its name holds.
            String linked = (String) tab.evaluate("decodeURIComponent(new URL([...document.querySelectorAll('a.path')]"
                    + ".find(a => a.textContent === " + jsString(RunPageFunctionalTests.SCRIPT_PATH) + ").href).pathname)");
            assertThat(Path.of(linked)).isEqualTo(runs.input().toRealPath().resolve(RunPageFunctionalTests.SCRIPT_PATH));
            assertThat(Files.readString(Path.of(linked))).isNotEmpty();

            tab.screenshot(Path.of("target/run-page-it.png"), 1200);

            // The control: the same capture sees an injected script's error.
            Path broken = page.resolveSibling("broken.html");
            Files.writeString(broken, Files.readString(page).replace("</body>", "<script>console.error('x')</script></body>"));
            HeadlessChromium.Page control = chromium.open(broken.toUri().toString(), Duration.ofSeconds(60)).page();
            assertThat(control.errors()).as("a blocked inline script is reported").isNotEmpty();
        }
    }

    private static long count(Map<String, CSVRecord> csv, String status) {
        return csv.values().stream().filter(r -> r.get("status").equals(status)).count();
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
