package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Rouge1}, which the quality floor and the fitting program score with, computes what
 * {@code ../shared/eval/rouge/rouge} computes: the coverage summaries of the first 120 stories of each pool,
 * scored by both, give the same ROUGE-1 to the printed two decimals. It fails when the Java scorer drifts
 * from the shared one (tokens, stemmer, clipping, the mean).
 */
class RougeScorerAgreementTest {

    private static final Path DATA = Path.of("../shared/eval/summaries");
    private static final Path SCORER = Path.of("../shared/eval/rouge/rouge");
    private static final int STORIES = 120;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev, dev-ref, en", "cased-dev/articles, cased-dev/refs, en", "fr-dev, fr-dev-ref, fr"})
    void rouge1EqualsTheSharedScorer(String articles, String references, String language, @TempDir Path tmp) throws Exception {
        DevSet set = DevSet.read(DATA.resolve(articles), 0.35, language);
        Path sys = Files.createDirectories(tmp.resolve("sys"));
        Path refs = Files.createDirectories(tmp.resolve("ref"));
        CoverageSummarizer summarizer = new CoverageSummarizer();
        Rouge1 rouge = new Rouge1(language);
        double sum = 0;
        for (int i = 0; i < STORIES; i++) {
            String name = set.names().get(i);
            String summary = summarizer.summarize(set.articles().get(i), set.requests().get(i)).text();
            String reference = Files.readString(DATA.resolve(references).resolve(name), StandardCharsets.UTF_8);
            Files.writeString(sys.resolve(name + ".summary.txt"), summary + "\n", StandardCharsets.UTF_8);
            Files.writeString(refs.resolve(name), reference, StandardCharsets.UTF_8);
            sum += rouge.f1(summary, reference);
        }
        Process p = new ProcessBuilder("bash", SCORER.toString(), "--lang", language, sys.toString(), refs.toString())
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(printed).isZero();
        Matcher m = Pattern.compile("ROUGE-1 ([0-9.]+) .*\\(F1 x100, " + STORIES + " documents\\)").matcher(printed);
        assertThat(m.find()).as(printed).isTrue();
        assertThat(String.format(Locale.ROOT, "%.2f", 100 * sum / STORIES)).isEqualTo(m.group(1));
    }
}
