package dev.precis.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A language's analysis made of a Lucene analyzer (terms) and a {@link SentenceSplitter}
 * (sentences). A Lucene Analyzer's tokenStream reuses one stream per thread, so one instance serves
 * all callers. {@link CachedTextAnalysis} gives the same terms without the analyzer on the hot path.
 */
class LuceneTextAnalysis implements TextAnalysis {

    private final String language;
    private final Analyzer analyzer;
    private final SentenceSplitter splitter;
    private final boolean removesFunctionWords;

    LuceneTextAnalysis(String language, Analyzer analyzer, SentenceSplitter splitter, boolean removesFunctionWords) {
        this.language = language;
        this.analyzer = analyzer;
        this.splitter = splitter;
        this.removesFunctionWords = removesFunctionWords;
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
        analyze(sentence, sink);
    }

    /** The analyzer's terms of {@code text}. */
    final void analyze(String text, TermSink sink) {
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
        return language + " (" + analyzer.getClass().getSimpleName() + ")";
    }
}
