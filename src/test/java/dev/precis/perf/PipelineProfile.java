package dev.precis.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.precis.article.Article;
import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;
import dev.precis.clean.ArticleCleaner;
import dev.precis.clean.CleanedText;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SummarizerMethod;
import dev.precis.summarize.SummaryRequest;
import dev.precis.text.WordCounter;

/**
 * Where a file's CPU goes without the job around it: read, clean, count, summarize, one thread,
 * timed per stage (the thread's CPU time) over several passes (the first includes JIT warm-up). For finding hot spots;
 * bench/perf.sh measures the real job.
 *
 * <pre>java -cp target/classes:target/test-classes:$CP dev.precis.perf.PipelineProfile DIR [passes] [maxFiles]</pre>
 */
public final class PipelineProfile {

    private PipelineProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int max = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")).sorted().limit(max).toList();
        }
        ArticleReader reader = new ArticleReader(10_000_000, new InstructionParser(5000, 50));
        ArticleCleaner cleaner = new ArticleCleaner();
        Summarizer summarizer = SummarizerMethod.DEFAULT.create();
        WordCounter words = new WordCounter();
        // Thread CPU time rather than wall time: on a machine shared with other work, the wall clock
        // also counts the time this thread waited for a core.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            long read = 0, clean = 0, count = 0, summarize = 0, checksum = 0;
            for (Path f : files) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Article a = reader.read(f);
                long t1 = cpu.getCurrentThreadCpuTime();
                CleanedText c = cleaner.clean(a.body(), ArticleCleaner.Format.TEXT);
                long t2 = cpu.getCurrentThreadCpuTime();
                checksum += c.wordsIn() + c.words(); // what the job reports
                long t3 = t2;
                int budget = a.instruction().words() == null ? 100 : a.instruction().words();
                int paras = a.instruction().paragraphs() == null ? 3 : a.instruction().paragraphs();
                checksum += summarizer.summarize(c.paragraphs(), new SummaryRequest(budget, paras, 0.5, c.language())).words();
                long t4 = cpu.getCurrentThreadCpuTime();
                read += t1 - t0;
                clean += t2 - t1;
                count += t3 - t2;
                summarize += t4 - t3;
            }
            double n = files.size() * 1000.0; // ns to us per file
            System.out.printf(Locale.ROOT, "pass %d: %d files  CPU us/file: read %.0f  clean %.0f  count %.0f  summarize %.0f  total %.0f  (checksum %d)%n",
                    pass, files.size(), read / n, clean / n, count / n, summarize / n,
                    (read + clean + count + summarize) / n, checksum);
        }
    }
}
