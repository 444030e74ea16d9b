package dev.precis.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the kept sentences (in source order) into at most M paragraphs.
 * A paragraph may only end where the source's paragraphs break or where the topic changes
 * (adjacent kept sentences share no content term); among those places a small dynamic program
 * picks the cuts that make the paragraphs most even in words. A short summary stays one paragraph:
 * splitting 75 words three ways reads worse than not splitting.
 */
final class Paragrapher {

    /** below about this many words per paragraph, fewer paragraphs read better */
    static final int MIN_PARAGRAPH_WORDS = 60;

    /** One kept sentence as the paragrapher sees it. */
    record Piece(String text, int words, int sourceParagraph, int[] terms) { }

    List<String> group(List<Piece> pieces, int maxParagraphs) {
        int n = pieces.size();
        if (n == 0) {
            return List.of();
        }
        int total = 0;
        for (Piece p : pieces) {
            total += p.words();
        }
        // cut candidates: a cut after piece i (between i and i+1)
        boolean[] canCut = new boolean[n];
        int candidates = 0;
        for (int i = 0; i + 1 < n; i++) {
            Piece a = pieces.get(i);
            Piece b = pieces.get(i + 1);
            canCut[i] = a.sourceParagraph() != b.sourceParagraph() || !shareTerm(a.terms(), b.terms());
            if (canCut[i]) {
                candidates++;
            }
        }
        int wanted = Math.max(1, Math.min(maxParagraphs, total / MIN_PARAGRAPH_WORDS));
        int parts = Math.min(wanted, candidates + 1);
        if (parts <= 1) {
            return List.of(join(pieces, 0, n));
        }
        // prefix sums of words
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + pieces.get(i).words();
        }
        double mean = (double) total / parts;
        // best[k][j]: least squared deviation splitting pieces [0, j) into k paragraphs, j cut-legal
        double[][] best = new double[parts + 1][n + 1];
        int[][] from = new int[parts + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int k = 1; k <= parts; k++) {
            for (int j = 1; j <= n; j++) {
                if (j < n && !canCut[j - 1]) {
                    continue; // a paragraph may only end at a legal cut or at the end
                }
                for (int i = k - 1; i < j; i++) { // previous end i (0 or a legal cut)
                    if (best[k - 1][i] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double d = prefix[j] - prefix[i] - mean;
                    double cost = best[k - 1][i] + d * d;
                    if (cost < best[k][j]) { // strict: the earliest i wins ties, deterministically
                        best[k][j] = cost;
                        from[k][j] = i;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        int j = n;
        int[] ends = new int[parts + 1];
        for (int k = parts; k >= 1; k--) {
            ends[k] = j;
            j = from[k][j];
        }
        int start = 0;
        for (int k = 1; k <= parts; k++) {
            out.add(join(pieces, start, ends[k]));
            start = ends[k];
        }
        return out;
    }

    private static boolean shareTerm(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String join(List<Piece> pieces, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(pieces.get(i).text());
        }
        return sb.toString();
    }
}
