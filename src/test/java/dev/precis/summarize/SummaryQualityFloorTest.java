package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quality floor: the English and French dev sets summarized by {@code coverage} (as
 * {@code RougeEvalMain} does: instruction parsed, no cleaning, share 0.35) must score ROUGE-1 no more
 * than 0.3 under the figure in bench/README-summarize.md, with no article left without a summary, no
 * summary over its budget, and a filled budget. A couple of seconds; the data is beside the repository
 * in CI, so its absence fails.
 */
class SummaryQualityFloorTest {

    private static final Path DATA = Path.of("../shared/eval/summaries");
    private static final double SLACK = 0.3;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // language, articles, references, README's ROUGE-1 (RougeEvalMain path), least mean share of the budget
        "en, dev, dev-ref, 40.79, 0.85",
        "fr, fr-dev, fr-dev-ref, 28.36, 0.85",
    })
    void rouge1HoldsOnTheDevSet(String language, String articles, String references, double readme, double filled)
            throws IOException {
        Path refs = DATA.resolve(references);
        assertTrue(Files.isDirectory(refs), "the dev set is missing: " + refs.toAbsolutePath());
        DevSet dev = DevSet.read(DATA.resolve(articles), 0.35, language);
        Summarizer summarizer = new CoverageSummarizer();
        Rouge1 rouge = new Rouge1(language);
        double sum = 0;
        double share = 0;
        for (int i = 0; i < dev.names().size(); i++) {
            String name = dev.names().get(i);
            SummaryRequest request = dev.requests().get(i);
            Summary summary = summarizer.summarize(dev.articles().get(i), request);
            assertTrue(summary.words() > 0, name + ": no summary");
            assertTrue(summary.words() <= request.maxWords(), name + ": over the budget");
            share += (double) summary.words() / request.maxWords();
            String reference = Files.readString(refs.resolve(name), StandardCharsets.UTF_8);
            sum += rouge.f1(summary.text(), reference);
        }
        int n = dev.names().size();
        assertTrue(n == 500, "expected 500 articles, found " + n);
        double r1 = 100 * sum / n;
        assertTrue(r1 >= readme - SLACK, String.format("%s ROUGE-1 %.2f fell more than %.1f under %.2f", language, r1, SLACK, readme));
        assertTrue(share / n >= filled, String.format("%s: mean %.2f of the budget", language, share / n));
        System.out.printf("%s dev: ROUGE-1 %.2f (floor %.2f), mean %.2f of the budget%n", language, r1, readme - SLACK, share / n);
    }
}
