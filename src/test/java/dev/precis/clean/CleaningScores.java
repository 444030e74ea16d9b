package dev.precis.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two cleaning metrics of {@code ../shared/eval/cleaning/score.py}, computed the same way so that a
 * test can hold a quality floor without Python: AEB's 4-word-shingle F1 (per page tp/fp/fn of the
 * shingle multisets, normalised to sum 1; precision and recall averaged over pages, F1 of the two
 * means) and trafilatura's snippet F1 (micro-averaged substring tests after collapsing white space).
 * {@code CleaningScoresTest} holds the two equal to the scorer's own figures.
 */
final class CleaningScores {

    private CleaningScores() {
    }

    /** Per-page shares of true positives, false positives and false negatives (summing to 1, or all 0). */
    record PageCounts(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Precision, recall and F1 of a set of pages. */
    record Figures(double precision, double recall, double f1) {
        static Figures of(double p, double r) {
            return new Figures(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        @Override
        public String toString() {
            return String.format("P %.3f  R %.3f  F1 %.3f", precision, recall, f1);
        }
    }

    /** AEB's shingle score of one page: 4-grams of \w+ tokens, as multisets. */
    static PageCounts shingles(String gold, String predicted) {
        Map<List<String>, Integer> g = grams(tokens(gold), 4);
        Map<List<String>, Integer> p = grams(tokens(predicted), 4);
        long tp = 0, goldAll = 0, predAll = 0;
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            goldAll += e.getValue();
            tp += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        for (int c : p.values()) {
            predAll += c;
        }
        long fp = predAll - tp, fn = goldAll - tp;
        double s = tp + fp + fn;
        return s == 0 ? new PageCounts(0, 0, 0) : new PageCounts(tp / s, fp / s, fn / s);
    }

    /** Mean precision over pages with output, mean recall over pages with gold, F1 of the two. */
    static Figures aggregate(List<PageCounts> pages) {
        double p = 0, r = 0;
        int np = 0, nr = 0;
        for (PageCounts c : pages) {
            if (c.tp() + c.fp() > 0) {
                p += c.precision();
                np++;
            }
            if (c.tp() + c.fn() > 0) {
                r += c.recall();
                nr++;
            }
        }
        return Figures.of(np == 0 ? 0 : p / np, nr == 0 ? 0 : r / nr);
    }

    /** Snippet counts of one page: with-snippets found (tp) and missed (fn), without-snippets found (fp). */
    record SnippetCounts(int tp, int fn, int fp, int tn) {
        SnippetCounts plus(SnippetCounts o) {
            return new SnippetCounts(tp + o.tp, fn + o.fn, fp + o.fp, tn + o.tn);
        }

        Figures figures() {
            return Figures.of(tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn));
        }
    }

    static SnippetCounts snippets(List<String> with, List<String> without, String predicted) {
        String out = collapse(predicted);
        int tp = 0, fp = 0;
        for (String w : with) {
            if (out.contains(collapse(w))) {
                tp++;
            }
        }
        for (String w : without) {
            if (out.contains(collapse(w))) {
                fp++;
            }
        }
        return new SnippetCounts(tp, with.size() - tp, fp, without.size() - fp);
    }

    /** Python's {@code re.sub(r'\s+', ' ', t).strip()}. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (pythonSpace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean pythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= 0x1c && c <= 0x1f) || c == 0x85;
    }

    /** Python's {@code re.findall(r'\w+', text)}: runs of letters, numbers and '_'. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (i < text.length() && word(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    private static boolean word(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Python's {@code grams()}: n-grams, or the whole token list as one gram when it is shorter than n. */
    private static Map<List<String>, Integer> grams(List<String> tokens, int n) {
        Map<List<String>, Integer> out = new HashMap<>();
        int last = Math.max(1, tokens.size() - n + 1);
        for (int i = 0; i < last; i++) {
            List<String> gram = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!gram.isEmpty()) {
                out.merge(gram, 1, Integer::sum);
            }
        }
        return out;
    }
}
