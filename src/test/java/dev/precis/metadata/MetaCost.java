package dev.precis.metadata;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dev.precis.clean.ArticleCleaner;

/**
 * What reading the metadata adds to cleaning an HTML page, as thread CPU time: the cleaner on each page
 * (which now reads the metadata from the document it parsed), and {@link HtmlMetadata#read} alone on the
 * same pages parsed beforehand (the part the hook adds). Best of the passes after the first two.
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.precis.metadata.MetaCost DIR [maxPages] [passes]</pre>
 */
public final class MetaCost {

    private MetaCost() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted()
                    .limit(args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE).toList();
        }
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> pages = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (Path p : files) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            pages.add(html);
            docs.add(Jsoup.parse(html));
        }
        ArticleCleaner cleaner = new ArticleCleaner();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestClean = Long.MAX_VALUE;
        long bestMeta = Long.MAX_VALUE;
        long checksum = 0;
        for (int pass = 0; pass < passes; pass++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (String html : pages) {
                checksum += cleaner.clean(html, ArticleCleaner.Format.HTML).words();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (Document doc : docs) {
                checksum += HtmlMetadata.read(doc).hashCode() & 1;
            }
            long t2 = threads.getCurrentThreadCpuTime();
            if (pass >= 2) {
                bestClean = Math.min(bestClean, t1 - t0);
                bestMeta = Math.min(bestMeta, t2 - t1);
            }
        }
        int n = pages.size();
        System.out.printf("clean (with metadata) %d us/page, metadata alone %d us/page: +%.1f %% over cleaning without it "
                + "(best of passes 3-%d, %d pages, checksum %d)%n", bestClean / 1000 / n, bestMeta / 1000 / n,
                100.0 * bestMeta / (bestClean - bestMeta), passes, n, checksum);
    }
}
