package dev.precis.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.precis.article.Article;
import dev.precis.article.ArticleException;
import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;

/**
 * Benchmark driver (not a test): cleans every page of an evaluation folder with the product's
 * ArticleCleaner and writes {@code <id>.txt} files for score.py. Pages are read as the job reads
 * files ({@link ArticleReader}: charset, normalisation); a page the job could not read gets an empty
 * output, as it would get no summary.
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
        List<Path> pages;
        try (Stream<Path> s = Files.list(in)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        long t0 = System.nanoTime();
        List<String> ids = pages.stream().map(p -> p.getFileName().toString().replaceFirst("\\.html$", "")).toList();
        CleaningEvalMain eval = new CleaningEvalMain(in, ids);
        int unreadable = 0;
        for (String id : ids) {
            String text = eval.cleaned(id, html);
            if (text == null) {
                unreadable++;
                text = "";
            }
            Files.writeString(out.resolve(id + ".txt"), text + "\n", StandardCharsets.UTF_8);
        }
        System.err.printf("cleaned %d pages (%s) in %d ms, %d unreadable%n", pages.size(), html ? "html" : "text",
                (System.nanoTime() - t0) / 1_000_000, unreadable);
    }

    private final Path in;
    private final List<String> ids;
    private final ArticleReader reader = new ArticleReader(50_000_000, new InstructionParser(5000, 50));
    private final ArticleCleaner cleaner = new ArticleCleaner();
    /** Run-level evidence of the folder's plain-text pages (one folder is one run), counted on first use. */
    private RunLines runLines;

    CleaningEvalMain(Path in, List<String> ids) {
        this.in = in;
        this.ids = ids;
    }

    /** The cleaned text of one page, or null when the job could not read it. */
    String cleaned(String id, boolean html) throws IOException {
        Path src = in.resolve(id + (html ? ".html" : ".txt"));
        Article article;
        try {
            article = reader.read(src);
        } catch (ArticleException e) {
            System.err.println(id + ": " + e.getMessage());
            return null;
        }
        RunLines repeated = RunLines.NONE;
        if (!html) {
            if (runLines == null) {
                // Lines that recur across the folder's pages, as the job counts them over a run's files.
                RunLines.Counter counter = new RunLines.Counter(4_000_000);
                for (String other : ids) {
                    counter.addDocument(Files.readString(in.resolve(other + ".txt")));
                }
                runLines = counter.repeated(2);
            }
            repeated = runLines;
        }
        return cleaner.clean(article.body(), html ? ArticleCleaner.Format.HTML : ArticleCleaner.Format.TEXT, repeated).text();
    }
}
