package dev.precis.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A language's analysis with Lucene's analyzer off the hot path: {@link StandardTokens} finds the
 * words of a sentence as the analyzer's {@code StandardTokenizer} would, and a per-thread
 * {@link TermCache} gives each word's terms, which the analyzer itself made the first time the
 * word was seen (its elision, possessive, lower-case, normalisation, stop and stemming filters,
 * applied to that word alone). So the terms are the analyzer's: every filter of these analyzers
 * looks at one token at a time, and {@code CachedTextAnalysisTest} holds the terms equal to the
 * analyzer's on all evaluation text and on generated text in every language. A sentence with a
 * character the scan leaves to Lucene goes through the analyzer whole.
 *
 * <p>Thread-safe: the scratch arrays and the cache are per thread.
 */
final class CachedTextAnalysis implements TextAnalysis {

    /** Words cached per thread before the cache starts again (about 4 MB at most). */
    static final int MAX_CACHED_WORDS = 1 << 16;

    private final String language;
    private final Analyzer analyzer;
    private final SentenceSplitter splitter;
    private final boolean removesFunctionWords;
    private final ThreadLocal<Scratch> scratch;

    /** One thread's sentence buffer, token bounds and cache. */
    private static final class Scratch {
        char[] text = new char[512];
        final StandardTokens.Bounds bounds = new StandardTokens.Bounds();
        final TermCache cache;

        Scratch(int maxWords) {
            cache = new TermCache(maxWords);
        }
    }

    CachedTextAnalysis(String language, Analyzer analyzer, SentenceSplitter splitter, boolean removesFunctionWords) {
        this(language, analyzer, splitter, removesFunctionWords, MAX_CACHED_WORDS);
    }

    CachedTextAnalysis(String language, Analyzer analyzer, SentenceSplitter splitter, boolean removesFunctionWords, int maxWords) {
        this.language = language;
        this.analyzer = analyzer;
        this.splitter = splitter;
        this.removesFunctionWords = removesFunctionWords;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(maxWords));
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public List<String> sentences(String paragraph) {
        return splitter.split(paragraph);
    }

    @Override
    public void forEachTerm(String sentence, TermSink sink) {
        Scratch s = scratch.get();
        int length = sentence.length();
        if (length > s.text.length) {
            s.text = new char[Math.max(length, 2 * s.text.length)];
        }
        char[] text = s.text;
        sentence.getChars(0, length, text, 0);
        int tokens = StandardTokens.scan(text, length, s.bounds);
        if (tokens < 0) {
            analyze(analyzer, sentence, sink);
            return;
        }
        TermCache cache = s.cache;
        int[] bounds = s.bounds.bounds;
        for (int t = 0; t < tokens; t++) {
            int from = bounds[2 * t];
            int to = bounds[2 * t + 1];
            int hash = TermCache.hash(text, from, to);
            int at = cache.find(text, from, to, hash);
            if (at < 0) {
                cache.begin(text, from, to, hash);
                analyze(analyzer, new String(text, from, to - from), cache::addTerm);
                at = cache.end();
            }
            char[] chars = cache.chars();
            for (int k = cache.terms(); k > 0; k--) {
                int n = chars[at];
                sink.term(chars, at + 1, n);
                at += n + 1;
            }
        }
    }

    static void analyze(Analyzer analyzer, String text, TermSink sink) {
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.term(term.buffer(), 0, term.length());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a String reader
        }
    }

    @Override
    public boolean removesFunctionWords() {
        return removesFunctionWords;
    }

    @Override
    public String toString() {
        return language + " (" + analyzer.getClass().getSimpleName() + ", cached)";
    }
}
