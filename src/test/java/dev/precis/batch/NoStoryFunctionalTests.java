package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;

/**
 * Through the real job: pages that carry no story (the seed's donation appeal saved on its own, a paywall,
 * an HTML error page) are reported SKIPPED with "no story text" and get no summary, while the seed article
 * next to them is summarized.
 */
class NoStoryFunctionalTests {

    @TempDir
    Path tmp;

    @Test
    void pagesWithoutAStoryAreSkippedWithTheReasonAndGetNoSummary() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        Files.copy(PrecisRuns.seed(), in.resolve("story.txt"));
        List<String> seed = Files.readAllLines(PrecisRuns.seed(), StandardCharsets.UTF_8);
        int appeal = seed.indexOf(seed.stream().filter(l -> l.startsWith("A Message from")).findFirst().orElseThrow());
        Files.write(in.resolve("appeal.txt"), seed.subList(appeal, seed.size()), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("paywall.txt"), "World\nBusiness\nSubscribe to continue reading\n"
                + "This article is for subscribers only.\nAlready a subscriber? Log in\nSubscribe now for $1 a week\n");
        Files.writeString(in.resolve("gone.html"), "<html><head><title>Not found</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><h1>Page not found</h1>"
                + "<p>Sorry, the page you are looking for is no longer available.</p>"
                + "<footer>© 2026 Example News. All rights reserved.</footer></body></html>");

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report.get("story.txt").get("status")).isEqualTo("SUMMARIZED");
        for (String page : List.of("appeal.txt", "paywall.txt", "gone.html")) {
            assertThat(report.get(page).get("status")).as(page).isEqualTo("SKIPPED");
            assertThat(report.get(page).get("reason")).as(page).startsWith("no story text");
        }
        assertThat(runs.summaries().keySet()).containsExactly("story.txt.summary.txt");
    }
}
