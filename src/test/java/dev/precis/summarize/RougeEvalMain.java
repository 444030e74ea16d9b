package dev.precis.summarize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark helper (not a test): summarizes every file of a dev-format folder and writes
 * {@code OUT_DIR/<name>.summary.txt}. The instruction line ("Summarize this content to N words in
 * M paragraph(s)") is parsed for N and M and dropped; every other non-blank line is one paragraph.
 * Prints mean words per summary, and mean milliseconds per article of the summarize call (after a
 * warm-up pass), to stderr.
 *
 * <p>Usage: {@code RougeEvalMain IN_DIR OUT_DIR lead|coverage [maxShare, default 0.35 as the job] [language, default en]}
 */
public final class RougeEvalMain {

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: RougeEvalMain IN_DIR OUT_DIR lead|coverage [maxShare] [language]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Summarizer summarizer = SummarizerMethod.valueOf(args[2].toUpperCase(Locale.ROOT)).create();
        double share = args.length > 3 ? Double.parseDouble(args[3]) : 0.35;
        String language = args.length > 4 ? args[4] : "en";
        Files.createDirectories(out);
        DevSet dev = DevSet.read(in, share, language);
        List<List<String>> articles = dev.articles();
        List<SummaryRequest> requests = dev.requests();
        // warm-up, then a timed pass whose results are written
        for (int i = 0; i < articles.size(); i++) {
            summarizer.summarize(articles.get(i), requests.get(i));
        }
        long totalWords = 0;
        long nanos = 0;
        for (int i = 0; i < articles.size(); i++) {
            long t0 = System.nanoTime();
            Summary s = summarizer.summarize(articles.get(i), requests.get(i));
            nanos += System.nanoTime() - t0;
            totalWords += s.words();
            Files.writeString(out.resolve(dev.names().get(i) + ".summary.txt"), s.text() + "\n",
                    StandardCharsets.UTF_8);
        }
        System.err.printf(Locale.ROOT, "%s: %d articles, mean words %.1f, %.3f ms/article%n", args[2],
                articles.size(), (double) totalWords / articles.size(), nanos / 1e6 / articles.size());
    }
}
