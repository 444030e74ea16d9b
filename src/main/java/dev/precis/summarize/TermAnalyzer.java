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

    private final Analyzer analyzer = new EnglishAnalyzer();

    List<String> terms(String sentence) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", sentence)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a String reader
        }
        return out;
    }
}
