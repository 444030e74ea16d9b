package dev.precis.metadata;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;
import dev.precis.clean.ArticleCleaner;

/**
 * Metadata evaluation driver: cleans every page of a folder as the job does ({@link ArticleCleaner}, the
 * same path that fills the report's columns) and writes a CSV with path, title, author, published and site
 * for {@code score_meta.py}. Used by bench/meta-eval.sh.
 * <p>
 * usage: MetaEvalMain DIR OUT.csv html|text|direct
 */
public final class MetaEvalMain {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean html = args.length < 3 || !args[2].equals("text");
        boolean direct = args.length >= 3 && args[2].equals("direct"); // metadata only, without cleaning: quicker
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        ArticleCleaner cleaner = new ArticleCleaner();
        ArticleReader reader = new ArticleReader(10_000_000, new InstructionParser(5000, 50));
        StringBuilder csv = new StringBuilder("path,title,author,published,site\n");
        long start = System.nanoTime();
        for (Path page : pages) {
            String id = page.getFileName().toString().replace(".html", "");
            Path input = html ? page : dir.resolve(id + ".txt");
            if (!Files.exists(input)) {
                continue;
            }
            String content;
            try {
                content = reader.read(input).body(); // decoded as the job decodes it
            } catch (dev.precis.article.ArticleException e) { // the job reports such a file FAILED: no metadata
                csv.append(cell(input.getFileName().toString())).append(",,,,\n");
                continue;
            }
            PageMetadata m = direct ? HtmlMetadata.read(org.jsoup.Jsoup.parse(content, input.getFileName().toString()))
                    : cleaner.clean(content, html ? ArticleCleaner.Format.HTML : ArticleCleaner.Format.TEXT).metadata();
            csv.append(cell(input.getFileName().toString())).append(',').append(cell(m.title())).append(',')
                    .append(cell(m.author())).append(',').append(cell(m.published())).append(',').append(cell(m.site()))
                    .append('\n');
        }
        Files.writeString(out, csv, StandardCharsets.UTF_8);
        System.err.printf("%d pages in %.1f s%n", pages.size(), (System.nanoTime() - start) / 1e9);
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
