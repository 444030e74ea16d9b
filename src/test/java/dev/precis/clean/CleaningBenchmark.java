package dev.precis.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

import dev.precis.article.Article;
import dev.precis.article.ArticleException;
import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;

/**
 * Cleans every page of an evaluation set as the job would (read with {@link ArticleReader}, run-level
 * evidence from the set's plain-text pages) and scores the result with {@link CleaningScores}: on all
 * pages and on the even/odd halves by position in id order. The even half is "tuned" (looked at while
 * choosing changes), the odd half "validation" (changes are kept only when it does not fall; having
 * decided that, it is no estimate for pages never shown).
 * Used by the quality-floor test and by {@code bench/clean-eval.sh}.
 */
final class CleaningBenchmark {

    /**
     * The development sets under {@code ../shared/eval/cleaning/}; WCXB twice, all its pages and its
     * articles alone (the page type is in each page's {@code meta.json}).
     */
    enum Set {
        AEB("dev", "shingle4", null), TRAFILATURA("trafilatura-dev", "snippet", null),
        WCXB("wcxb-dev", "shingle4", null), WCXB_ARTICLES("wcxb-dev", "shingle4", "article");

        final String folder;
        final String metric;
        /** Only pages of this WCXB page type, or null for all. */
        final String pageType;

        Set(String folder, String metric, String pageType) {
            this.folder = folder;
            this.metric = metric;
            this.pageType = pageType;
        }

        String label() {
            return pageType == null ? folder : folder + ":" + pageType;
        }

        boolean shingles() {
            return metric.equals("shingle4");
        }

        Path dir() {
            return Path.of("..", "shared", "eval", "cleaning", folder);
        }
    }

    /** A page's id, its half, its score, and whether it cleaned to nothing (the job would skip it). */
    record Page(String id, boolean even, CleaningScores.PageCounts shingles, CleaningScores.SnippetCounts snippets,
            boolean empty, String type) {
    }

    /** Figures on all pages and on each half. */
    record Result(Set set, boolean html, CleaningScores.Figures all, CleaningScores.Figures even,
            CleaningScores.Figures odd, List<Page> pages) {
        @Override
        public String toString() {
            return String.format("%-20s %-4s %-8s all %s | tuned (even) %s | validation (odd) %s | %d/%d empty",
                    set.label(), html ? "html" : "text", set.metric, all, even, odd, empty(), pages.size());
        }

        /** The figures of the pages of one WCXB page type (halves as they fell in the whole set). */
        Result ofType(Set subset) {
            List<Page> chosen = pages.stream().filter(p -> subset.pageType.equals(p.type())).toList();
            return new Result(subset, html, figures(subset, chosen, null), figures(subset, chosen, true),
                    figures(subset, chosen, false), chosen);
        }

        /** Pages that cleaned to nothing. */
        long empty() {
            return pages.stream().filter(Page::empty).count();
        }
    }

    private final ArticleReader reader = new ArticleReader(50_000_000, new InstructionParser(5000, 50));
    private final ArticleCleaner cleaner = new ArticleCleaner();

    static List<String> ids(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCXB page type of a page, from its {@code meta.json}. */
    static String pageType(Path dir, String id) {
        try {
            return JsonPath.read(Files.readString(dir.resolve(id + ".meta.json"), StandardCharsets.UTF_8), "$.page_type");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Run-level evidence of a folder of plain-text pages: one folder is one run. */
    static RunLines runLines(Path dir, List<String> ids) {
        RunLines.Counter counter = new RunLines.Counter(4_000_000);
        for (String id : ids) {
            try {
                counter.addDocument(Files.readString(dir.resolve(id + ".txt")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counter.repeated(2);
    }

    /** The cleaned text of one page, or "" when the job could not read it (it would get no summary). */
    String clean(Path dir, String id, boolean html, RunLines runLines) {
        Article article;
        try {
            article = reader.read(dir.resolve(id + (html ? ".html" : ".txt")));
        } catch (ArticleException e) {
            return "";
        }
        return cleaner.clean(article.body(), html ? ArticleCleaner.Format.HTML : ArticleCleaner.Format.TEXT,
                html ? RunLines.NONE : runLines).text();
    }

    Result run(Set set, boolean html) {
        if (set.pageType != null) {
            return run(Set.WCXB, html).ofType(set);
        }
        Path dir = set.dir();
        List<String> ids = ids(dir);
        RunLines runLines = html ? RunLines.NONE : runLines(dir, ids);
        List<Page> pages = java.util.stream.IntStream.range(0, ids.size()).parallel().mapToObj(i -> {
            String id = ids.get(i);
            String out = clean(dir, id, html, runLines);
            try {
                boolean empty = out.isBlank();
                String type = set == Set.WCXB ? pageType(dir, id) : null;
                if (set.shingles()) {
                    String gold = Files.readString(dir.resolve(id + ".gold.txt"), StandardCharsets.UTF_8);
                    return new Page(id, i % 2 == 0, CleaningScores.shingles(gold, out), null, empty, type);
                }
                String json = Files.readString(dir.resolve(id + ".gold.json"), StandardCharsets.UTF_8);
                List<String> with = JsonPath.read(json, "$.with");
                List<String> without = JsonPath.read(json, "$.without");
                return new Page(id, i % 2 == 0, null, CleaningScores.snippets(with, without, out), empty, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        return new Result(set, html, figures(set, pages, null), figures(set, pages, true), figures(set, pages, false), pages);
    }

    private static CleaningScores.Figures figures(Set set, List<Page> pages, Boolean even) {
        List<Page> chosen = pages.stream().filter(p -> even == null || p.even() == even).toList();
        if (set.shingles()) {
            return CleaningScores.aggregate(chosen.stream().map(Page::shingles).toList());
        }
        CleaningScores.SnippetCounts sum = new CleaningScores.SnippetCounts(0, 0, 0, 0);
        for (Page p : chosen) {
            sum = sum.plus(p.snippets());
        }
        return sum.figures();
    }

    /** Prints the figures of both sets and both input kinds. Args: optional set names (dev, trafilatura-dev, wcxb, wcxb-articles) and text|html. */
    public static void main(String[] args) {
        CleaningBenchmark bench = new CleaningBenchmark();
        List<Set> sets = new ArrayList<>();
        List<Boolean> kinds = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "dev", "aeb" -> sets.add(Set.AEB);
                case "trafilatura-dev", "trafilatura" -> sets.add(Set.TRAFILATURA);
                case "wcxb-dev", "wcxb" -> sets.add(Set.WCXB);
                case "wcxb-dev:article", "wcxb-articles" -> sets.add(Set.WCXB_ARTICLES);
                case "text" -> kinds.add(false);
                case "html" -> kinds.add(true);
                default -> throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        for (Set set : sets.isEmpty() ? List.of(Set.values()) : sets) {
            for (boolean html : kinds.isEmpty() ? List.of(false, true) : kinds) {
                long t0 = System.nanoTime();
                Result r = bench.run(set, html);
                System.out.printf("%s  (%d ms)%n", r, (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }
}
