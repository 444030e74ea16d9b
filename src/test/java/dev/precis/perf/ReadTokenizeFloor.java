package dev.precis.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import dev.precis.text.SentenceSplitter;
import dev.precis.text.WordCounter;

/**
 * The performance floor of issue 7: walk a folder, read every regular file (readAllBytes, UTF-8),
 * split each non-blank line into sentences with {@link SentenceSplitter} and count the words of
 * every sentence with {@link WordCounter}. No cleaning, no scoring, no database, no output. Uses
 * {@code Runtime.availableProcessors()} threads (override with {@code -Dfloor.threads=N}).
 * <p>
 * With {@code -Dfloor.analyze=true} every sentence also goes through Lucene's EnglishAnalyzer
 * (tokenizer, possessives, lower case, stop words, Porter stemmer), the terms the summarizer
 * scores: the floor of any summarizer built on those terms, still without cleaning or scoring.
 *
 * <pre>java -cp target/classes:target/test-classes:$CP dev.precis.perf.ReadTokenizeFloor IN [repeats]</pre>
 *
 * Prints one line per repeat (the first includes JIT warm-up; a fresh JVM per nightly run has
 * that cost too) and a machine-readable last line:
 * {@code FLOOR files=N seconds=S files_per_s=R sentences=M words=W threads=T}.
 */
public final class ReadTokenizeFloor {

    private ReadTokenizeFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReadTokenizeFloor INPUT_DIR [repeats]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int threads = Integer.getInteger("floor.threads", Runtime.getRuntime().availableProcessors());
        boolean analyze = Boolean.getBoolean("floor.analyze");
        org.apache.lucene.analysis.Analyzer english = new org.apache.lucene.analysis.en.EnglishAnalyzer();
        long jvmStartMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "JVM up %.2f s before main; %d threads%s%n", jvmStartMs / 1000.0, threads,
                analyze ? "; sentences through Lucene's EnglishAnalyzer" : "");
        String last = null;
        for (int r = 1; r <= repeats; r++) {
            long t0 = System.nanoTime();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            }
            AtomicLong sentences = new AtomicLong();
            AtomicLong words = new AtomicLong();
            AtomicLong terms = new AtomicLong();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    SentenceSplitter splitter = new SentenceSplitter();
                    WordCounter counter = new WordCounter();
                    long s = 0;
                    long w = 0;
                    long n = 0;
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        String text;
                        try {
                            text = new String(Files.readAllBytes(files.get(i)), StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        for (String line : text.split("\\R")) {
                            if (line.isBlank()) {
                                continue;
                            }
                            for (String sentence : splitter.split(line)) {
                                s++;
                                w += counter.count(sentence);
                                if (analyze) {
                                    n += terms(english, sentence);
                                }
                            }
                        }
                    }
                    sentences.addAndGet(s);
                    words.addAndGet(w);
                    terms.addAndGet(n);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - t0) / 1e9;
            last = String.format(Locale.ROOT, "FLOOR files=%d seconds=%.3f files_per_s=%.0f sentences=%d words=%d threads=%d%s",
                    files.size(), seconds, files.size() / seconds, sentences.get(), words.get(), threads,
                    analyze ? " terms=" + terms.get() : "");
            System.out.printf(Locale.ROOT, "repeat %d: %d files in %.3f s = %.0f files/s%n", r, files.size(), seconds,
                    files.size() / seconds);
        }
        System.out.println(last);
    }

    private static long terms(org.apache.lucene.analysis.Analyzer analyzer, String sentence) {
        long n = 0;
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("", sentence)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
