package dev.precis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.precis.clean.ArticleCleaner;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SummarizerMethod;
import dev.precis.summarize.SummaryRequest;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.WordCounter;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH micro-benchmarks of the text cores, one call per operation, cycling through the evaluation
 * data (run with bench/jmh.sh): cleaning a scraped page, summarizing a news article, and the
 * read-free floor of sentence splitting plus word counting.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoreBenchmarks {

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final Summarizer summarizer = SummarizerMethod.DEFAULT.create();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final WordCounter words = new WordCounter();
    private final SummaryRequest request = new SummaryRequest(75, 1, 0.5);
    private List<String> pages;
    private List<List<String>> articles;
    private int page;
    private int article;

    @Setup
    public void load() throws IOException {
        Path shared = Path.of(System.getProperty("precis.shared", "../shared"));
        pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("eval/cleaning/dev"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt") && !f.toString().endsWith(".gold.txt")).sorted().toList()) {
                pages.add(Files.readString(p));
            }
        }
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("eval/summaries/dev"))) {
            for (Path p : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                articles.add(lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList());
            }
        }
    }

    @Benchmark
    public Object cleanScrapedPage() {
        return cleaner.clean(pages.get(page++ % pages.size()), ArticleCleaner.Format.TEXT);
    }

    @Benchmark
    public Object cleanNewsArticle() {
        return cleaner.clean(String.join("\n", articles.get(article++ % articles.size())), ArticleCleaner.Format.TEXT);
    }

    @Benchmark
    public Object summarizeNewsArticle() {
        return summarizer.summarize(articles.get(article++ % articles.size()), request);
    }

    @Benchmark
    public int splitAndCountNewsArticle() {
        int n = 0;
        for (String paragraph : articles.get(article++ % articles.size())) {
            for (String sentence : splitter.split(paragraph)) {
                n += words.count(sentence);
            }
        }
        return n;
    }
}
