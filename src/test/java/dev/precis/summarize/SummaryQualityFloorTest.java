package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quality floor: every pool summarized by {@code coverage} as {@code RougeEvalMain} does (instruction
 * parsed, no cleaning, share 0.35) must score ROUGE-1 no more than 0.3 under its figure in
 * bench/README-summarize.md and above LEAD on the same stories, with no story left without a summary, no
 * summary over its budget, and a filled budget. {@code train/} is held on its first 1,000 stories by name
 * (the fit's pool; the whole pool is in the README), the other pools whole: about 3,000 stories, a few
 * seconds. {@link Rouge1} is held equal to the shared scorer by {@code RougeScorerAgreementTest}. The data
 * is beside the repository in CI, so its absence fails.
 */
class SummaryQualityFloorTest {

    private static final Path DATA = Path.of("../shared/eval/summaries");
    private static final double SLACK = 0.3;

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        // language, articles, references, stories (first by name), ROUGE-1 of those stories (RougeEvalMain path), least mean share of the budget
        "en, dev, dev-ref, 500, 40.74, 0.85",
        "en, cased-dev/articles, cased-dev/refs, 999, 34.68, 0.85",
        "en, train, train-ref, 1000, 40.82, 0.85",
        "fr, fr-dev, fr-dev-ref, 500, 28.36, 0.85",
    })
    void rouge1HoldsOnThePool(String language, String articles, String references, int stories, double readme, double filled)
            throws IOException {
        Path refs = DATA.resolve(references);
        assertTrue(Files.isDirectory(refs), "the pool is missing: " + refs.toAbsolutePath());
        DevSet set = DevSet.read(DATA.resolve(articles), 0.35, language);
        assertTrue(set.names().size() >= stories, "expected at least " + stories + " stories, found " + set.names().size());
        Summarizer coverage = new CoverageSummarizer();
        Summarizer lead = new LeadSummarizer();
        Rouge1 rouge = new Rouge1(language);
        double sum = 0;
        double leadSum = 0;
        double share = 0;
        for (int i = 0; i < stories; i++) {
            String name = set.names().get(i);
            SummaryRequest request = set.requests().get(i);
            Summary summary = coverage.summarize(set.articles().get(i), request);
            assertTrue(summary.words() > 0, name + ": no summary");
            assertTrue(summary.words() <= request.maxWords(), name + ": over the budget");
            share += (double) summary.words() / request.maxWords();
            var reference = rouge.counts(Files.readString(refs.resolve(name), StandardCharsets.UTF_8));
            sum += rouge.f1(summary.text(), reference);
            leadSum += rouge.f1(lead.summarize(set.articles().get(i), request).text(), reference);
        }
        double r1 = 100 * sum / stories;
        double leadR1 = 100 * leadSum / stories;
        System.out.printf("%s: ROUGE-1 %.2f (floor %.2f), LEAD %.2f, mean %.2f of the budget%n", articles, r1,
                readme - SLACK, leadR1, share / stories);
        assertTrue(r1 >= readme - SLACK, String.format("%s ROUGE-1 %.2f fell more than %.1f under %.2f", articles, r1, SLACK, readme));
        assertTrue(r1 > leadR1, String.format("%s ROUGE-1 %.2f is not above LEAD's %.2f", articles, r1, leadR1));
        assertTrue(share / stories >= filled, String.format("%s: mean %.2f of the budget", articles, share / stories));
    }
}
