package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import dev.precis.text.Languages;
import dev.precis.text.WordCounter;

/** Invariants every summary must satisfy, shared by the tests. */
final class SummaryChecks {

    private static final Languages LANGUAGES = new Languages();
    private static final WordCounter COUNTER = new WordCounter();

    private SummaryChecks() { }

    static List<String> sentences(List<String> paragraphs) {
        return sentences(paragraphs, "en");
    }

    static List<String> sentences(List<String> paragraphs, String language) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            out.addAll(LANGUAGES.forLanguage(language).sentences(p));
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
     * (whole sentences, a leading agency dateline aside, strictly increasing = original order, no
     * repeats); for a {@link Summary.Limit#CUT_SENTENCE} summary, the one sentence that was cut.
     */
    static List<Integer> check(List<String> article, SummaryRequest request, Summary summary, String label) {
        List<String> source = sentences(article, request.language()).stream().map(Datelines::strip).toList();
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
        if (summary.limit() == Summary.Limit.CUT_SENTENCE) {
            return checkCut(source, request, summary, label);
        }
        // each paragraph is a run of whole source sentences, taken in source order
        List<Integer> used = new ArrayList<>();
        int next = 0;
        for (String p : summary.paragraphs()) {
            List<Integer> run = parse(p, source, next);
            if (run == null) {
                fail(label + ": not a run of whole source sentences in order: " + p);
            }
            used.addAll(run);
            next = run.get(run.size() - 1) + 1;
        }
        return used;
    }

    /**
     * The source sentences (from index {@code from} on, in order) whose concatenation is {@code text},
     * or null. Backtracks: a one-word heading can be the start of the next sentence too.
     */
    private static List<Integer> parse(String text, List<String> source, int from) {
        if (text.isEmpty()) {
            return new ArrayList<>();
        }
        for (int j = from; j < source.size(); j++) {
            String s = source.get(j);
            if (text.startsWith(s) && (text.length() == s.length() || Character.isWhitespace(text.charAt(s.length())))) {
                List<Integer> rest = parse(text.substring(s.length()).stripLeading(), source, j + 1);
                if (rest != null) {
                    rest.add(0, j);
                    return rest;
                }
            }
        }
        return null;
    }

    /** A cut sentence: one paragraph, the start of a source sentence that does not fit whole, ending with "…". */
    private static List<Integer> checkCut(List<String> source, SummaryRequest request, Summary summary, String label) {
        if (summary.paragraphs().isEmpty()) {
            return List.of(); // nothing could stand alone; the caller decides whether that is right
        }
        assertEquals(1, summary.paragraphs().size(), label + ": a cut sentence is one paragraph");
        String text = summary.paragraphs().get(0);
        assertTrue(text.endsWith(SentenceCut.ELLIPSIS), label + ": a cut sentence ends with an ellipsis: " + text);
        String start = text.substring(0, text.length() - SentenceCut.ELLIPSIS.length());
        assertTrue(summary.words() > 0, label + ": empty cut");
        for (int j = 0; j < source.size(); j++) {
            if (source.get(j).startsWith(start) && source.get(j).length() > start.length()) {
                assertTrue(words(List.of(source.get(j))) > summary.words(), label + ": cut a sentence that fits");
                return List.of(j);
            }
        }
        fail(label + ": not the start of a source sentence: " + text);
        return List.of();
    }
}
