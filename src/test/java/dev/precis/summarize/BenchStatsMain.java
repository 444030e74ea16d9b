package dev.precis.summarize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.precis.text.WordCounter;

/**
 * Benchmark helper (not a test): mean words per summary in a folder, counted with the product's
 * WordCounter, over all summaries and over those whose article is long enough for the budget to bind
 * (article words * share >= N); with a job report, also its rows by status and by length_limit.
 * Usage: {@code BenchStatsMain SUMMARY_DIR ARTICLE_DIR N SHARE [REPORT_CSV]}.
 */
public final class BenchStatsMain {

    public static void main(String[] args) throws IOException {
        Path summaries = Path.of(args[0]);
        Path articles = Path.of(args[1]);
        int budget = Integer.parseInt(args[2]);
        double share = Double.parseDouble(args[3]);
        WordCounter counter = new WordCounter();
        List<Path> files;
        try (Stream<Path> s = Files.list(articles)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long all = 0;
        long longWords = 0;
        int longCount = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path summary = summaries.resolve(name + ".summary.txt");
            int words = Files.exists(summary) ? counter.count(Files.readString(summary, StandardCharsets.UTF_8)) : 0;
            all += words;
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            int articleWords = counter.count(String.join("\n", lines.subList(1, lines.size())));
            if (articleWords * share >= budget) {
                longWords += words;
                longCount++;
            }
        }
        if (args.length > 4) {
            java.util.Map<String, Integer> statuses = new java.util.TreeMap<>();
            java.util.Map<String, Integer> limits = new java.util.TreeMap<>();
            try (var in = Files.newBufferedReader(Path.of(args[4]), StandardCharsets.UTF_8)) {
                for (var r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    statuses.merge(r.get("status"), 1, Integer::sum);
                    if (!r.get("length_limit").isEmpty()) {
                        limits.merge(r.get("length_limit"), 1, Integer::sum);
                    }
                }
            }
            System.out.println("report: " + statuses + ", length_limit " + limits);
        }
        System.out.printf(Locale.ROOT, "mean words %.1f (all %d), %.1f over the %d long enough for %d words (%.0f%% of N)%n",
                (double) all / files.size(), files.size(), (double) longWords / Math.max(1, longCount), longCount, budget,
                100.0 * longWords / Math.max(1, longCount) / budget);
    }
}
