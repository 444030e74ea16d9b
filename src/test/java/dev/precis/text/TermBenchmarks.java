package dev.precis.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The summarizer's terms of a news article (every sentence of it), by English's Lucene analyzer on
 * each sentence and by the cached analysis (bench/jmh.sh TermBenchmarks), cycling through the dev set.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TermBenchmarks {

    private final SentenceSplitter splitter = new SentenceSplitter("en");
    private final TextAnalysis lucene = new LuceneTextAnalysis("en", Languages.newAnalyzer("en"), splitter, true);
    private final TextAnalysis cached = new CachedTextAnalysis("en", Languages.newAnalyzer("en"), splitter, true);
    private long sum;
    private final TextAnalysis.TermSink sink = (buffer, offset, length) -> sum += length;
    private List<List<String>> articles;
    private int article;

    @Setup
    public void load() throws IOException {
        Path shared = Path.of(System.getProperty("precis.shared", "../shared"));
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("eval/summaries/dev"))) {
            for (Path p : files.sorted().toList()) {
                List<String> sentences = new ArrayList<>();
                for (String line : Files.readAllLines(p)) {
                    sentences.addAll(splitter.split(line));
                }
                articles.add(sentences);
            }
        }
    }

    @Benchmark
    public long termsByLucene() {
        for (String sentence : articles.get(article++ % articles.size())) {
            lucene.forEachTerm(sentence, sink);
        }
        return sum;
    }

    @Benchmark
    public long termsCached() {
        for (String sentence : articles.get(article++ % articles.size())) {
            cached.forEachTerm(sentence, sink);
        }
        return sum;
    }
}
