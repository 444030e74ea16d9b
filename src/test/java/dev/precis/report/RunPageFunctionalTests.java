package dev.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;
import dev.precis.batch.FailingSummaryFiles;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run page and the JSON summary of real runs on temporary folders: hostile names and titles
 * stay text, counts match the CSV, links lead to the files, history and restarts are shown, and
 * {@code status --precis.format=json} prints the summary.
 */
class RunPageFunctionalTests {

    /** A folder and a file name that together spell a script element, with quotes and an ampersand. */
    static final String SCRIPT_PATH = "<script>alert(1)</script> & \"q\" 'x'.txt";
    static final String IMG_PATH = "bad <img src=x onerror=alert(2)> & \"b\".txt";
    static final String ENTITY_PATH = "x'; DROP \"x\" &amp; <b>.txt";
    static final String TITLE = "<script>alert(\"t\")</script> & \"Quotes\" 'single'";
    static final String SENTENCE = "The council said on Monday that its web form, which had accepted"
            + " <script>alert(\"s\")</script> & \"quoted\" input, was fixed after a resident reported the flaw.";

    @TempDir
    Path tmp;

    /** Hostile names and titles through a run: the page shows them as text, runs nothing, links to the files. */
    static void hostileInput(PrecisRuns runs) throws IOException {
        Path in = runs.input();
        List<Path> articles;
        try (Stream<Path> dev = Files.list(PrecisRuns.devArticles())) {
            articles = dev.sorted().limit(3).toList();
        }
        Files.copy(articles.get(0), in.resolve("plain.txt"));
        Path script = in.resolve(SCRIPT_PATH);
        Files.createDirectories(script.getParent());
        Files.copy(articles.get(1), script);
        Files.writeString(in.resolve("page.html"), "<!DOCTYPE html><html><head><title>" + TITLE.replace("&", "&amp;")
                .replace("<", "&lt;") + "</title></head><body><article><h1>Council fixes web form</h1><p>"
                + SENTENCE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"
                + "<p>Officials said the form had been online for three years and that no data had been lost.</p>"
                + "<p>The resident who found the problem said she was glad it had been dealt with so quickly.</p>"
                + "<p>The council will review its other online services before the end of the year, a spokesman added.</p>"
                + "</article></body></html>");
        Files.write(in.resolve(IMG_PATH), new byte[] {'a', 0, 'b', 0});
        Files.write(in.resolve(ENTITY_PATH), new byte[0]);
    }

    @Test
    void hostileNamesTitlesAndSummariesAreEscapedAndLinked() throws Exception {
        PrecisRuns runs = new PrecisRuns(tmp);
        hostileInput(runs);
        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);
        Map<String, CSVRecord> csv = runs.report("2026-01-01", 1);
        assertThat(csv.get(SCRIPT_PATH).get("status")).isEqualTo("SUMMARIZED");
        assertThat(csv.get(IMG_PATH).get("status")).isEqualTo("FAILED");
        assertThat(csv.get(ENTITY_PATH).get("status")).isEqualTo("SKIPPED");
        assertThat(csv.get("page.html").get("title")).isEqualTo(TITLE);
        String summary = Files.readString(runs.output().resolve(csv.get("page.html").get("summary")));
        assertThat(summary).as("precondition: the summary carries the markup-like sentence").contains("<script>alert(\"s\")");

        Path pageFile = runs.output().resolve("reports/precis-2026-01-01-1.html");
        String html = Files.readString(pageFile);
        // Nothing from the folder became markup: no script, image or handler anywhere, raw or parsed.
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>.txt");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img, iframe, object, embed, base, link, form, input")).isEmpty();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute of <" + e.tagName() + ">").doesNotStartWith("on");
            }
        }
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");

        // Each name is shown exactly, as the text of a link to the input file.
        for (String path : List.of(SCRIPT_PATH, IMG_PATH, ENTITY_PATH)) {
            Element link = page.select("a.path").stream().filter(a -> a.wholeText().equals(path)).findFirst().orElse(null);
            assertThat(link).as("link for " + path).isNotNull();
            assertThat(Path.of(URI.create(link.attr("href")))).isEqualTo(runs.input().toRealPath().resolve(path));
        }
        assertThat(page.select(".title").eachText()).contains(TITLE);
        // The summary's start is shown as text, linked (relative to the report) to the summary file.
        Element preview = page.select("#summaries a").stream().filter(a -> a.text().contains("<script>alert(\"s\")"))
                .findFirst().orElseThrow();
        Path target = pageFile.getParent().resolve(URI.create(preview.attr("href")).getPath()).normalize();
        assertThat(target).isEqualTo(runs.output().resolve(csv.get("page.html").get("summary")).toAbsolutePath().normalize());

        // Counts and reasons, as in the CSV.
        assertThat(page.getElementById("count-files").text()).isEqualTo(Integer.toString(csv.size()));
        assertThat(page.getElementById("count-summarized").text()).isEqualTo("3");
        assertThat(page.getElementById("count-failed").text()).isEqualTo("1");
        assertThat(page.getElementById("count-skipped").text()).isEqualTo("1");
        assertThat(page.select("#reasons summary").eachText()).anyMatch(s -> s.contains("binary content (NUL bytes) – 1 file"))
                .anyMatch(s -> s.contains("empty file – 1 file"));

        DocumentContext json = JsonPath.parse(runs.output().resolve("reports/precis-2026-01-01-1.json").toFile());
        assertThat((Integer) json.read("$.schema")).isEqualTo(1);
        assertThat((String) json.read("$.run.status")).isEqualTo("COMPLETED");
        assertThat((Integer) json.read("$.run.exit_code")).isZero();
        assertThat((Integer) json.read("$.counts.files")).isEqualTo(csv.size());
        assertThat((Integer) json.read("$.counts.summarized")).isEqualTo(3);
        assertThat((Integer) json.read("$.counts.failed")).isEqualTo(1);
        assertThat((List<String>) json.read("$.steps[*].name")).containsExactly("manifest", "summarize", "report");
        assertThat((List<Integer>) json.read("$.reasons[?(@.reason == 'binary content (NUL bytes)')].count")).containsExactly(1);
        assertThat((String) json.read("$.run.input")).isEqualTo(runs.input().toRealPath().toString());
        assertThat((String) json.read("$.settings['precis.default-words']")).isEqualTo("200");
        assertThat((Integer) json.read("$.languages.en")).isEqualTo(3);
    }

    @Test
    void historyRestartsAndStatusJson() throws Exception {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles;
        try (Stream<Path> dev = Files.list(PrecisRuns.devArticles())) {
            articles = dev.sorted().limit(6).toList();
        }
        for (Path a : articles) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        // Before any run, status --precis.format=json prints JSON too: null, there is no run.
        assertThat(statusJson(runs).strip()).isEqualTo("null");
        // Night 1 fails on its 4th summary write, like a full disk; status --precis.format=json says so.
        assertThat(runs.run(new Class<?>[] {FailingSummaryFiles.class}, "--precis.commit-interval=2", "--precis.threads=1",
                "--test.fail-at-write=4")).isEqualTo(PrecisCommandLine.JOB_FAILED);
        DocumentContext failed = JsonPath.parse(statusJson(runs));
        assertThat((String) failed.read("$.run.status")).isEqualTo("FAILED");
        assertThat((Integer) failed.read("$.run.exit_code")).isEqualTo(1);
        assertThat((Integer) failed.read("$.counts.summarized")).isEqualTo(2); // the first committed chunk
        assertThat((Object) failed.read("$.run.finished")).isNotNull();

        assertThat(runs.run("--precis.command=restart", "--precis.commit-interval=2", "--precis.threads=1")).isEqualTo(PrecisCommandLine.OK);
        // Night 2: one file changed, one removed.
        Path changed = runs.input().resolve(articles.get(0).getFileName());
        Files.writeString(changed, Files.readString(changed) + "\nThe mayor added on Tuesday that the plan would be reviewed.\n");
        Files.delete(runs.input().resolve(articles.get(5).getFileName()));
        assertThat(runs.run("--precis.run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);

        Document night1 = Jsoup.parse(runs.output().resolve("reports/precis-2026-01-01-1.html").toFile());
        assertThat(night1.getElementById("exit").text()).isEqualTo("Exit code 0: the run completed");
        assertThat(night1.select("h1").text()).contains("2026-01-01 #1").contains("COMPLETED");
        assertThat(night1.select(".meta").text()).contains("in 2 attempts");
        assertThat(night1.select("#steps tr").stream().skip(1).map(r -> r.child(0).text() + " " + r.child(3).text()).toList())
                .containsExactly("manifest 1", "summarize 2", "report 1");

        Document night2 = Jsoup.parse(runs.output().resolve("reports/precis-2026-01-02-1.html").toFile());
        List<String> history = night2.select("#history table tr").stream().skip(1)
                .map(r -> r.child(0).text() + " " + r.child(1).text() + " " + r.child(2).text() + " " + r.child(3).text())
                .toList();
        assertThat(history).containsExactly("2026-01-02 #1 COMPLETED 5 1", "2026-01-01 #1 COMPLETED 6 6");
        assertThat(night2.select("#history svg rect title").eachText()).anyMatch(t -> t.startsWith("2026-01-01 #1 (COMPLETED): 6 files"));
        assertThat(night2.getElementById("count-unchanged").text()).isEqualTo("4");
        assertThat(night2.getElementById("count-deleted").text()).isEqualTo("1");

        // Status of a completed run prints the report's JSON file as it is.
        String status = statusJson(runs);
        assertThat(status).isEqualTo(Files.readString(runs.output().resolve("reports/precis-2026-01-02-1.json")));
        DocumentContext json = JsonPath.parse(status);
        assertThat((Integer) json.read("$.counts.unchanged")).isEqualTo(4);
        assertThat((Integer) json.read("$.counts.deleted")).isEqualTo(1);
        assertThat((Integer) json.read("$.counts.summarized")).isEqualTo(1);
        assertThat(runs.run("--precis.command=status", "--precis.format=yaml")).isEqualTo(PrecisCommandLine.USAGE);
    }

    /** {@code --precis.command=status --precis.format=json}: exit 0, and stdout is the JSON alone. */
    private static String statusJson(PrecisRuns runs) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(runs.run("--precis.command=status", "--precis.format=json")).isZero();
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).matches("(?s)(\\{.*\\}|null)\n");
        return out;
    }
}
