package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link CleaningScores} computes what {@code ../shared/eval/cleaning/score.py} computes: the product's
 * cleaned output of 40 pages of each set, scored by both, gives the same F1 to the printed digits.
 */
class CleaningScoresTest {

    private static final int PAGES = 40;

    @ParameterizedTest
    @EnumSource(value = CleaningBenchmark.Set.class, names = {"AEB", "TRAFILATURA", "WCXB"})
    void javaScoresEqualTheSharedScorer(CleaningBenchmark.Set set, @TempDir Path tmp) throws Exception {
        assertThat(python()).as("python3, which bench/clean-eval.sh and CI need for ../shared/eval/cleaning/score.py").isTrue();
        Path dir = set.dir();
        List<String> ids = CleaningBenchmark.ids(dir).subList(0, PAGES);
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        CleaningBenchmark bench = new CleaningBenchmark();
        RunLines run = CleaningBenchmark.runLines(dir, ids);
        List<CleaningScores.PageCounts> shingles = new ArrayList<>();
        CleaningScores.SnippetCounts snippets = new CleaningScores.SnippetCounts(0, 0, 0, 0);
        for (String id : ids) {
            String cleaned = bench.clean(dir, id, false, run);
            Files.writeString(out.resolve(id + ".txt"), cleaned + "\n", StandardCharsets.UTF_8);
            if (set.shingles()) {
                Path gold = dir.resolve(id + ".gold.txt");
                Files.copy(gold, data.resolve(id + ".gold.txt"));
                shingles.add(CleaningScores.shingles(Files.readString(gold), cleaned));
            } else {
                Path gold = dir.resolve(id + ".gold.json");
                Files.copy(gold, data.resolve(id + ".gold.json"));
                String json = Files.readString(gold);
                snippets = snippets.plus(CleaningScores.snippets(com.jayway.jsonpath.JsonPath.read(json, "$.with"),
                        com.jayway.jsonpath.JsonPath.read(json, "$.without"), cleaned));
            }
        }
        CleaningScores.Figures java = set.shingles() ? CleaningScores.aggregate(shingles) : snippets.figures();
        Process p = new ProcessBuilder("python3", dir.resolveSibling("score.py").toString(), out.toString(), "--data",
                data.toString()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(printed).isZero();
        Matcher m = Pattern.compile("(?m)^\\s*" + set.metric + "\\s+P ([0-9.]+)\\s+R ([0-9.]+)\\s+F1 ([0-9.]+)").matcher(printed);
        assertThat(m.find()).as(printed).isTrue();
        assertThat(String.format("%.3f %.3f %.3f", java.precision(), java.recall(), java.f1()))
                .isEqualTo(m.group(1) + " " + m.group(2) + " " + m.group(3));
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
