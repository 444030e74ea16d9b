package dev.precis.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark driver (not a test): cleans every page of an evaluation folder with the product's
 * ArticleCleaner and writes {@code <id>.txt} files for score.py.
 * Usage: CleaningEvalMain IN_DIR OUT_DIR text|html
 */
public final class CleaningEvalMain {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CleaningEvalMain IN_DIR OUT_DIR text|html");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean html = args[2].equalsIgnoreCase("html");
        Files.createDirectories(out);
        ArticleCleaner cleaner = new ArticleCleaner();
        List<Path> pages;
        try (Stream<Path> s = Files.list(in)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        // Lines that recur across the folder's pages, as the job counts them over a run's files.
        RunLines.Counter counter = new RunLines.Counter(4_000_000);
        if (!html) {
            for (Path page : pages) {
                String name = page.getFileName().toString();
                counter.addDocument(Files.readString(in.resolve(name.substring(0, name.length() - 5) + ".txt")));
            }
        }
        RunLines repeated = counter.repeated(2);
        long t0 = System.nanoTime();
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String id = name.substring(0, name.length() - ".html".length());
            Path src = html ? page : in.resolve(id + ".txt");
            String content = Files.readString(src, StandardCharsets.UTF_8);
            CleanedText cleaned = cleaner.clean(content,
                    html ? ArticleCleaner.Format.HTML : ArticleCleaner.Format.TEXT, repeated);
            Files.writeString(out.resolve(id + ".txt"), cleaned.text() + "\n", StandardCharsets.UTF_8);
        }
        System.err.printf("cleaned %d pages (%s) in %d ms%n", pages.size(), html ? "html" : "text",
                (System.nanoTime() - t0) / 1_000_000);
    }
}
