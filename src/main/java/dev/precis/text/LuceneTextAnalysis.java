package dev.precis.text;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;

/**
 * A language's analysis made of a Lucene analyzer (terms) and a {@link SentenceSplitter}
 * (sentences). A Lucene Analyzer's tokenStream reuses one stream per thread, so one instance serves
 * all callers.
 */
final class LuceneTextAnalysis implements TextAnalysis {

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
        CachedTextAnalysis.analyze(analyzer, sentence, sink);
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
