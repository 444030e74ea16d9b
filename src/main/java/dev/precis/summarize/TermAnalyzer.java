package dev.precis.summarize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Content terms of a sentence: Lucene's EnglishAnalyzer (lower-casing, possessive and stop-word
 * removal, Porter stemming). Lower-casing makes the terms independent of the source's casing,
 * stemming lets "fight" and "fighting" cover each other, as they do under stemmed ROUGE.
 * An Analyzer's tokenStream is thread-safe (per-thread reuse), so one instance serves all callers.
 */
final class TermAnalyzer {

    /** Receives each term in the analyzer's buffer, valid only during the call. */
    @FunctionalInterface
    interface TermSink {
        void term(char[] buffer, int length);
    }

    private final Analyzer analyzer = new EnglishAnalyzer();

    List<String> terms(String sentence) {
        List<String> out = new ArrayList<>();
        forEachTerm(sentence, (buffer, length) -> out.add(new String(buffer, 0, length)));
        return out;
    }

    /** The terms of the sentence, in order, without making a String of each (the summarizer's hot path). */
    void forEachTerm(String sentence, TermSink sink) {
        try (TokenStream ts = analyzer.tokenStream("", sentence)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.term(term.buffer(), term.length());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a String reader
        }
    }
}
