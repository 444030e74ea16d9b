package dev.precis.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;

import dev.precis.text.WordCounter;

/** Computes {@link LineFeatures} for the lines of one page, in the page's language. */
final class FeatureExtractor {

    private static final Pattern LINK_LIKE = Pattern.compile(
            "(?i)^(https?://|www\\.)|^[@#]\\w|\\w@\\w+\\.|\\.(com|org|net|html?|php)\\b|^\\S+/\\S+/\\S+");
    /** Closing quotes and brackets that may follow the full stop of a sentence. */
    private static final String CLOSERS = "\"'”’»)]\u201d\u2019*";
    private static final String SENTENCE_END = ".!?…。！？";

    private final WordCounter counter = new WordCounter();

    /** One line of input: its text plus what the HTML path knows about it (zeros for plain text). */
    record Input(String text, double linkDensity, boolean heading, boolean html, boolean inMain) {
        static Input plain(String text) {
            return new Input(text, 0, false, false, true);
        }
    }

    List<LineFeatures> extract(List<Input> lines, String language) {
        CharArraySet stops = StopWords.forLanguage(language);
        Map<String, Integer> counts = new HashMap<>();
        String[] normalised = new String[lines.size()];
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = normalise(lines.get(i).text());
            counts.merge(normalised[i], 1, Integer::sum);
        }
        List<LineFeatures> out = new ArrayList<>(lines.size());
        for (int i = 0; i < normalised.length; i++) {
            out.add(features(lines.get(i), stops, counts.get(normalised[i])));
        }
        return out;
    }

    private LineFeatures features(Input in, CharArraySet stops, int repeats) {
        String text = in.text();
        String lower = text.toLowerCase(Locale.ROOT);
        int words = counter.count(text);
        List<String> raw = Tokens.raw(text);
        int lettered = 0, capital = 0, links = 0;
        for (String t : raw) {
            if (mayBeLink(t) && LINK_LIKE.matcher(t).find()) {
                links++;
            }
            int first = firstLetter(t);
            if (first >= 0) {
                lettered++;
                if (Character.isUpperCase(first)) {
                    capital++;
                }
            }
        }
        double stopDensity = Double.NaN;
        if (stops != null) {
            List<String> lw = Tokens.lowerWords(text);
            int hits = 0;
            for (String w : lw) {
                if (stops.contains(w)) {
                    hits++;
                }
            }
            stopDensity = lw.isEmpty() ? 0 : (double) hits / lw.size();
        }
        int n = Math.max(1, raw.size());
        return new LineFeatures(text, words, endsSentence(text, words),
                stopDensity, lettered == 0 ? 0 : (double) capital / lettered, (double) links / n,
                BoilerplatePatterns.isChromeLower(lower), BoilerplatePatterns.isCaptionLower(lower),
                BoilerplatePatterns.isMarkerLower(lower, words), repeats, in.linkDensity(), in.heading(), in.html(), in.inMain());
    }

    static boolean endsSentence(String text, int words) {
        int i = text.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        // A colon ends a lead-in sentence ("Here are the highlights:") but also labels ("Photo:").
        return SENTENCE_END.indexOf(c) >= 0 || (c == ':' && words >= 6);
    }

    private static int firstLetter(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isLetter(cp)) {
                return cp;
            }
            if (Character.isDigit(cp)) {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Every pattern of LINK_LIKE needs one of these characters: most tokens skip the regex. */
    private static boolean mayBeLink(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.' || c == '/' || c == '@' || c == '#') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String normalise(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
