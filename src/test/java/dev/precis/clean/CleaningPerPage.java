package dev.precis.clean;

/**
 * Prints per-page figures of one set and input kind (tab-separated), for comparing two versions.
 * Args: dev|trafilatura|wcxb|wcxb-articles text|html.
 */
public final class CleaningPerPage {
    public static void main(String[] args) {
        CleaningBenchmark.Set set = switch (args[0]) {
            case "trafilatura", "trafilatura-dev" -> CleaningBenchmark.Set.TRAFILATURA;
            case "wcxb", "wcxb-dev" -> CleaningBenchmark.Set.WCXB;
            case "wcxb-articles" -> CleaningBenchmark.Set.WCXB_ARTICLES;
            default -> CleaningBenchmark.Set.AEB;
        };
        CleaningBenchmark.Result r = new CleaningBenchmark().run(set, args[1].equals("html"));
        for (CleaningBenchmark.Page p : r.pages()) {
            if (p.shingles() != null) {
                CleaningScores.PageCounts c = p.shingles();
                double pr = c.precision(), re = c.recall();
                System.out.printf("%s\t%s\t%.3f\t%.3f\t%.3f%n", p.id(), p.even() ? "even" : "odd", pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re));
            } else {
                CleaningScores.SnippetCounts c = p.snippets();
                System.out.printf("%s\t%s\t%d\t%d\t%d\t%d%n", p.id(), p.even() ? "even" : "odd", c.tp(), c.fn(), c.fp(), c.tn());
            }
        }
    }
}
