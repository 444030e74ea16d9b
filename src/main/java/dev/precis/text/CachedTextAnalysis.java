package dev.precis.text;

import org.apache.lucene.analysis.Analyzer;

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
final class CachedTextAnalysis extends LuceneTextAnalysis {

    /** Words cached per thread before the cache starts again (about 4 MB at most). */
    static final int MAX_CACHED_WORDS = 1 << 16;

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
        super(language, analyzer, splitter, removesFunctionWords);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(maxWords));
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
            analyze(sentence, sink);
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
                analyze(new String(text, from, to - from), cache::addTerm);
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

    @Override
    public String toString() {
        return super.toString().replace(")", ", cached)");
    }
}
