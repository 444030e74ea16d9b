package dev.precis.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * ROUGE-1 F1 as the shared scorer ({@code ../shared/eval/rouge}) computes it, for the quality-floor
 * test: English as ROUGE-1.5.5 with -m (lower-case, non-alphanumerics are spaces, Porter stems of
 * tokens longer than three characters); French with Unicode letter/digit tokens and the French
 * Snowball stemmer, as {@code rouge --lang fr}. Clipped unigram counts, F1 per document.
 *
 * <p>Agreement: on the outputs of {@code RougeEvalMain} for {@code dev/} (en) and {@code fr-dev/} (fr),
 * the mean of this F1 equals the scorer's ROUGE-1 to the printed two decimals (checked when the floor
 * was set; see bench/README-summarize.md). Not thread-safe (one stemmer).
 */
final class Rouge1 {

    private final String language;
    private final SnowballStemmer stemmer;
    private final Map<String, String> stems = new HashMap<>();

    Rouge1(String language) {
        this.language = language;
        this.stemmer = switch (language) {
            case "en" -> new PorterStemmer();
            case "fr" -> new FrenchStemmer();
            default -> throw new IllegalArgumentException("no scorer settings for " + language);
        };
    }

    double f1(String system, String reference) {
        return f1(system, counts(tokens(reference)));
    }

    /** F1 against a reference already counted ({@link #counts(String)}), as a fitting loop scores it many times. */
    double f1(String system, Map<String, Integer> ref) {
        Map<String, Integer> sys = counts(tokens(system));
        int hits = 0;
        int sysTotal = 0;
        int refTotal = 0;
        for (int v : sys.values()) {
            sysTotal += v;
        }
        for (Map.Entry<String, Integer> e : ref.entrySet()) {
            refTotal += e.getValue();
            hits += Math.min(e.getValue(), sys.getOrDefault(e.getKey(), 0));
        }
        if (hits == 0) {
            return 0;
        }
        double p = (double) hits / sysTotal;
        double r = (double) hits / refTotal;
        return 2 * p * r / (p + r);
    }

    /** The clipped-count table of a text's tokens. */
    Map<String, Integer> counts(String text) {
        return counts(tokens(text));
    }

    /** Lower-cased runs of [a-z0-9] (en) or of Unicode letters, digits and marks (fr); longer than three stemmed. */
    List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean english = language.equals("en");
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean in = english ? (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') : wordChar(cp);
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                String t = lower.substring(start, i);
                out.add(t.length() > 3 ? stem(t) : t);
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    /** \p{L}, \p{N} or \p{M}, as the scorer's non-English token pattern. */
    private static boolean wordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    private String stem(String t) {
        String known = stems.get(t);
        if (known != null) {
            return known;
        }
        stemmer.setCurrent(t);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        stems.put(t, stem);
        return stem;
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> m = new HashMap<>();
        for (String t : tokens) {
            m.merge(t, 1, Integer::sum);
        }
        return m;
    }
}
