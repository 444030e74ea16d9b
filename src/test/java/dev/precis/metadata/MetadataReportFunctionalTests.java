package dev.precis.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;
import dev.precis.report.CsvReport;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on real files: an HTML page's and a plain-text scrape's title, author, publish date and site
 * reach the CSV (columns right after language), the run page's table of summarized files, and survive
 * the job database (the report is built from its rows); the summary file stays the summary alone.
 */
class MetadataReportFunctionalTests {

    private static final String STORY = "The city council voted on Tuesday to approve a plan that adds three bus lines to the "
            + "eastern districts, after a year of hearings and a petition signed by twelve thousand residents. "
            + "Officials said the first buses would run in the spring, and that fares would not change. "
            + "Residents of the eastern districts have waited for years for a direct line to the city centre.";

    @TempDir
    Path tmp;

    @Test
    void metadataReachesTheReportAndNotTheSummary() throws Exception {
        PrecisRuns runs = new PrecisRuns(tmp);
        Files.writeString(runs.input().resolve("page.html"), """
                <!DOCTYPE html><html><head><title>Council approves bus plan | The Daily Test</title>
                <meta property="og:site_name" content="The Daily Test">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"Bus plan approved","author":[{"@type":"Person","name":"Ann Lee"}],
                  "datePublished":"2025-03-03T08:00:00+01:00","publisher":{"@type":"Organization","name":"Daily Test Ltd"}}</script>
                </head><body><header><p>Monday, December 7, 2026</p></header>
                <article><h1>Council approves bus plan</h1><p class="byline">By Ann Lee</p><p>3 March 2025</p>
                <p>""" + STORY + "</p><p>" + STORY.replace("Tuesday", "Wednesday") + "</p></article></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(runs.input().resolve("scrape.txt"), String.join("\n", List.of("Home", "Local news",
                "Council approves bus plan for the east side", "By Bo Chen", "5. März 2025", STORY,
                STORY.replace("Tuesday", "Thursday"), "Comments", "Great news! March 9, 2025")), StandardCharsets.UTF_8);

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        List<String> header = List.of(CsvReport.HEADER);
        assertThat(header.subList(header.indexOf("language"), header.indexOf("language") + 5))
                .containsExactly("language", "title", "author", "published", "site");
        Map<String, CSVRecord> csv = runs.report("2026-01-01", 1);
        CSVRecord page = csv.get("page.html");
        assertThat(page.get("status")).isEqualTo("SUMMARIZED");
        assertThat(page.get("title")).isEqualTo("Council approves bus plan");
        assertThat(page.get("author")).isEqualTo("Ann Lee");
        assertThat(page.get("published")).isEqualTo("2025-03-03T08:00:00+01:00");
        assertThat(page.get("site")).isEqualTo("The Daily Test");
        CSVRecord scrape = csv.get("scrape.txt");
        assertThat(scrape.get("title")).isEqualTo("Council approves bus plan for the east side");
        assertThat(scrape.get("author")).isEqualTo("Bo Chen");
        assertThat(scrape.get("published")).isEqualTo("2025-03-05");
        assertThat(scrape.get("site")).isEmpty();

        String summary = Files.readString(runs.output().resolve(page.get("summary")));
        assertThat(summary).contains("The city council").doesNotContain("Ann Lee").doesNotContain("The Daily Test");

        Document run = Jsoup.parse(runs.output().resolve("reports/precis-2026-01-01-1.html").toFile());
        assertThat(run.select("table.files span.title").eachText())
                .contains("Council approves bus plan", "Ann Lee · 2025-03-03T08:00:00+01:00 · The Daily Test",
                        "Bo Chen · 2025-03-05");
    }
}
