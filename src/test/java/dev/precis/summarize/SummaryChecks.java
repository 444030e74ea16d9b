package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import dev.precis.text.SentenceSplitter;
import dev.precis.text.WordCounter;

/** Invariants every summary must satisfy, shared by the tests. */
final class SummaryChecks {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final WordCounter COUNTER = new WordCounter();

    private SummaryChecks() { }

    static List<String> sentences(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            out.addAll(SPLITTER.split(p));
        }
        return out;
    }

    static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += COUNTER.count(p);
        }
        return n;
    }

    /**
     * Checks the contract and returns the indices of the source sentences the summary consists of
     * (whole sentences, strictly increasing = original order, no repeats).
     */
    static List<Integer> check(List<String> article, SummaryRequest request, Summary summary, String label) {
        List<String> source = sentences(article);
        int total = words(article);
        assertEquals(source.size(), summary.sentencesIn(), label + ": sentencesIn");
        assertTrue(summary.words() <= request.maxWords(), label + ": " + summary.words() + " > " + request.maxWords());
        assertEquals(words(summary.paragraphs()), summary.words(), label + ": reported words");
        assertTrue(summary.paragraphs().size() <= request.maxParagraphs(), label + ": too many paragraphs");
        for (String p : summary.paragraphs()) {
            assertFalse(p.isBlank(), label + ": empty paragraph");
        }
        if (summary.limit() != Summary.Limit.WHOLE_ARTICLE && source.size() > 3) {
            assertTrue(summary.words() <= Math.floor(total * request.maxShare()),
                    label + ": share exceeded " + summary.words() + " of " + total);
        }
        if (summary.limit() == Summary.Limit.ARTICLE_SHARE) {
            assertTrue(Math.floor(total * request.maxShare()) < request.maxWords(), label + ": ARTICLE_SHARE not tighter");
        }
        // each paragraph is a run of whole source sentences, taken in source order
        List<Integer> used = new ArrayList<>();
        int next = 0;
        for (String p : summary.paragraphs()) {
            String rest = p;
            while (!rest.isEmpty()) {
                int found = -1;
                for (int j = next; j < source.size(); j++) {
                    if (rest.startsWith(source.get(j))) {
                        found = j;
                        break;
                    }
                }
                if (found < 0) {
                    fail(label + ": not a run of whole source sentences in order: " + rest);
                }
                used.add(found);
                rest = rest.substring(source.get(found).length()).stripLeading();
                next = found + 1;
            }
        }
        return used;
    }
}
