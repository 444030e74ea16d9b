package dev.precis.perf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import dev.precis.article.Article;
import dev.precis.article.ArticleException;
import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;
import dev.precis.clean.ArticleCleaner;
import dev.precis.clean.CleanedText;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SummarizerMethod;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryRequest;

/**
 * One line per file of what the text cores make of it (language, cleaned text, summary), as
 * digests: run it before and after a speed change and diff the outputs to show the change kept
 * every result.
 *
 * <pre>java -cp ... dev.precis.perf.OutputDigest DIR... &gt; digest.txt</pre>
 */
public final class OutputDigest {

    private OutputDigest() {
    }

    public static void main(String[] args) throws Exception {
        ArticleReader reader = new ArticleReader(10_000_000, new InstructionParser(5000, 50));
        ArticleCleaner cleaner = new ArticleCleaner();
        Summarizer summarizer = SummarizerMethod.DEFAULT.create();
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                files = walk.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")
                        && !p.toString().endsWith(".gold.txt")).sorted().toList();
            }
            for (Path f : files) {
                Article a;
                try {
                    a = reader.read(f);
                } catch (ArticleException e) {
                    System.out.println(f + "\t" + e.getMessage());
                    continue;
                }
                CleanedText c = cleaner.clean(a.body(), ArticleCleaner.Format.detect(f.toString(), a.body()));
                int budget = a.instruction().words() == null ? 75 : a.instruction().words();
                int paras = a.instruction().paragraphs() == null ? 3 : a.instruction().paragraphs();
                // in the language the cleaner detected, as the job summarizes
                Summary s = summarizer.summarize(c.paragraphs(), new SummaryRequest(budget, paras, 0.5, c.language()));
                System.out.println(f + "\t" + c.language() + "\t" + c.linesIn() + "\t" + c.linesDropped() + "\t"
                        + digest(String.join("\n", c.paragraphs())) + "\t" + s.words() + "\t" + s.limit() + "\t"
                        + digest(s.text()));
            }
        }
    }

    private static String digest(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }
}
