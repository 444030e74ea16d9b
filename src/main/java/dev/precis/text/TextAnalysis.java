package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How the summarizer reads text in one language: where its sentences end and which content terms
 * (lower-cased, stemmed, stop words removed where the language has a list) a sentence holds.
 * {@link Languages} chooses the implementation for a language code; it is the one place that does.
 * Implementations are thread-safe.
 */
public interface TextAnalysis {

    /** Receives each term as {@code buffer[offset, offset + length)}, valid only during the call. */
    @FunctionalInterface
    interface TermSink {
        void term(char[] buffer, int offset, int length);
    }

    /** The ISO 639-1 code this analysis serves, {@link Languages#UNDETERMINED} for the neutral fallback. */
    String language();

    /** The sentences of a paragraph, stripped, none empty. */
    List<String> sentences(String paragraph);

    /** The content terms of a sentence, in order (the summarizer's hot path: no String per term). */
    void forEachTerm(String sentence, TermSink sink);

    /**
     * Whether the terms leave out the language's function words (a stop list). When they do not (the
     * neutral fallback, CJK bigrams), a caller that weighs terms must discount the most frequent itself.
     */
    boolean removesFunctionWords();

    /** The content terms as strings (tests and tools). */
    default List<String> terms(String sentence) {
        List<String> out = new ArrayList<>();
        forEachTerm(sentence, (buffer, offset, length) -> out.add(new String(buffer, offset, length)));
        return out;
    }
}
