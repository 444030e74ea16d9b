package dev.precis.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;
import dev.precis.clean.ArticleCleaner;

/**
 * The cleaner's cost per file as thread CPU time (less sensitive to other work on the machine than wall
 * time): every file read once, then cleaned in passes; prints the best of the passes after the first two.
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.precis.perf.CleanCost DIR [maxFiles] [passes]</pre>
 */
public final class CleanCost {

    private CleanCost() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .limit(args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE).toList();
        }
        ArticleReader reader = new ArticleReader(10_000_000, new InstructionParser(5000, 50));
        List<String> bodies = new ArrayList<>();
        for (Path p : files) {
            bodies.add(reader.read(p).body());
        }
        ArticleCleaner cleaner = new ArticleCleaner();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long best = Long.MAX_VALUE;
        long checksum = 0;
        for (int pass = 0; pass < passes; pass++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (String body : bodies) {
                checksum += cleaner.clean(body, ArticleCleaner.Format.TEXT).words();
            }
            long t = threads.getCurrentThreadCpuTime() - t0;
            if (pass >= 2) {
                best = Math.min(best, t);
            }
        }
        System.out.printf("clean CPU %d us/file (best of passes 3-%d, %d files, checksum %d)%n",
                best / 1000 / bodies.size(), passes, bodies.size(), checksum);
    }
}
