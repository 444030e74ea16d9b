package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LeadSummarizerTest {

    @Test
    void takesLeadingSentencesSkippingThoseThatOverflow() {
        List<String> article = List.of(
                "One two three four five.",
                "One two three four five six seven eight nine ten eleven twelve.",
                "One two three.",
                "One two three four.",
                "One.");
        Summary s = new LeadSummarizer().summarize(article, new SummaryRequest(13, 1, 1.0));
        // 5 fits, 12 would overflow (17) and is skipped, then 3, 4 and 1 fill exactly 13
        assertEquals(List.of("One two three four five. One two three. One two three four. One."), s.paragraphs());
        assertEquals(13, s.words());
    }

    @Test
    void respectsTheContractOnGeneratedArticles() {
        Random rnd = new Random(11);
        Summarizer lead = SummarizerMethod.LEAD.create();
        for (int a = 0; a < 200; a++) {
            List<String> article = CoverageSummarizerTest.generatedArticle(rnd);
            SummaryRequest request = new SummaryRequest(5 + rnd.nextInt(200), 1, 0.5);
            SummaryChecks.check(article, request, lead.summarize(article, request), "lead #" + a);
        }
    }
}
