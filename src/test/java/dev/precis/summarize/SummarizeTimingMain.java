package dev.precis.summarize;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.precis.text.WordCounter;

/**
 * Speed benchmark (not a test): summarizes every article of a dev-format folder a fixed number of
 * passes on one thread, after a warm-up of as many passes, measuring the thread's CPU time, and prints the cost per article and per 600 article
 * words. Usage: {@code SummarizeTimingMain IN_DIR [method] [passes, default 20] [language, default en]}.
 */
public final class SummarizeTimingMain {

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        String method = args.length > 1 ? args[1] : "coverage";
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String language = args.length > 3 ? args[3] : "en";
        Summarizer summarizer = SummarizerMethod.valueOf(method.toUpperCase(Locale.ROOT)).create();
        WordCounter counter = new WordCounter();
        List<List<String>> articles = new ArrayList<>();
        long words = 0;
        int budget = 75;
        try (Stream<Path> s = Files.list(in)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                var instruction = java.util.regex.Pattern.compile("(?i)^summarize this content to (\\d+) words").matcher(lines.get(0));
                if (instruction.find()) {
                    budget = Integer.parseInt(instruction.group(1)); // the folder's budget (75 en, 40 fr)
                }
                List<String> paragraphs = lines.subList(1, lines.size()).stream()
                        .filter(l -> !l.isBlank()).map(String::strip).toList();
                articles.add(paragraphs);
                for (String p : paragraphs) {
                    words += counter.count(p);
                }
            }
        }
        SummaryRequest request = new SummaryRequest(budget, 1, 0.35, language);
        long sink = 0;
        // CPU time of this thread, not wall time: the cost "of one core" even on a busy machine
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int phase = 0; phase < 2; phase++) { // 0 = warm-up
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < passes; pass++) {
                for (List<String> a : articles) {
                    sink += summarizer.summarize(a, request).words();
                }
            }
            long done = (long) passes * articles.size();
            double nanos = threads.getCurrentThreadCpuTime() - start;
            if (phase == 1) {
                System.out.printf(Locale.ROOT,
                        "%s: %.3f ms CPU per article (mean %.0f words), %.3f ms CPU per 600 words, %d passes, one thread (%d)%n",
                        method, nanos / 1e6 / done, (double) words / articles.size(),
                        nanos / 1e6 / (words * passes) * 600, passes, sink % 10);
            }
        }
    }
}
