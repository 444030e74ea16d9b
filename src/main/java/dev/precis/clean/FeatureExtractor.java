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
    /** First letters (lower case) of the domain endings LINK_LIKE knows. */
    private static final String LINK_AFTER_DOT = "conhp";
    /** Closing quotes and brackets that may follow the full stop of a sentence. */
    private static final String CLOSERS = "\"'”’»)]\u201d\u2019*";
    /** Full stops and question and exclamation marks of the scripts the cleaner meets (danda, Arabic, Armenian, Ethiopic, Myanmar...). */
    private static final String SENTENCE_END = ".!?…。！？।॥؟۔։።။";
    /** Languages whose writing does not end sentences with a mark: any line of running text may end one. */
    private static final java.util.Set<String> UNPUNCTUATED = java.util.Set.of("th", "lo", "km");

    /** A photo caption is a sentence or two; a longer line that mentions a photo credit is story text. */
    static final int MAX_CAPTION_WORDS = 100;

    private final WordCounter counter = new WordCounter();

    /** One line of input: its text plus what the markup says about it (null for plain text). */
    record Input(String text, DomEvidence dom) {
        static Input plain(String text) {
            return new Input(text, null);
        }

        static Input html(String text, DomEvidence dom) {
            return new Input(text, dom);
        }
    }

    List<LineFeatures> extract(List<Input> lines, String language) {
        return extract(lines, language, new Tokens.PerLine(lines.stream().map(Input::text).toList()));
    }

    /** {@code words}: the lines' lower-cased words, shared with the language detector. */
    List<LineFeatures> extract(List<Input> lines, String language, Tokens.PerLine words) {
        boolean unpunctuated = UNPUNCTUATED.contains(language);
        CharArraySet stops = StopWords.forLanguage(language);
        StopWords.Family family = stops == null ? null : StopWords.familyOf(language);
        int bit = family == null ? 0 : family.bitOf(language);
        Map<String, Integer> counts = new HashMap<>();
        String[] lower = new String[lines.size()];
        String[] normalised = new String[lines.size()];
        for (int i = 0; i < normalised.length; i++) {
            lower[i] = lines.get(i).text().toLowerCase(Locale.ROOT);
            normalised[i] = collapseSpaces(lower[i].strip()); // = normalise(text): lower-casing keeps white space
            counts.merge(normalised[i], 1, Integer::sum);
        }
        List<LineFeatures> out = new ArrayList<>(lines.size());
        for (int i = 0; i < normalised.length; i++) {
            out.add(features(lines.get(i), lower[i], stops, family, bit, counts.get(normalised[i]), words, i, unpunctuated));
        }
        return out;
    }

    private LineFeatures features(Input in, String lower, CharArraySet stops, StopWords.Family family, int bit, int repeats,
            Tokens.PerLine lineWords, int index, boolean unpunctuated) {
        String text = in.text();
        int words = counter.count(text);
        // whitespace tokens of the stripped line, as written, walked in place
        String stripped = text.strip();
        int tokens = 0, lettered = 0, capital = 0, links = 0;
        for (int i = 0, n = stripped.length(); i < n; ) {
            while (i < n && Tokens.isAsciiSpace(stripped.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !Tokens.isAsciiSpace(stripped.charAt(i))) {
                i++;
            }
            tokens++;
            if (looksLikeLink(stripped, start, i)) {
                links++;
            }
            int first = firstLetter(stripped, start, i);
            if (first >= 0) {
                lettered++;
                if (Character.isUpperCase(first)) {
                    capital++;
                }
            }
        }
        double stopDensity = Double.NaN;
        if (stops != null) {
            Tokens.LowerWords lw = lineWords.get(index);
            int hits = 0;
            if (family != null) { // the family's bits, shared with the language detector
                int[] bits = lw.stopBits(family);
                for (int k = 0; k < lw.count; k++) {
                    if ((bits[k] & bit) != 0) {
                        hits++;
                    }
                }
            } else {
                for (int k = 0; k < lw.count; k++) {
                    if (stops.contains(lw.chars, lw.start(k), lw.length(k))) {
                        hits++;
                    }
                }
            }
            stopDensity = lw.count == 0 ? 0 : (double) hits / lw.count;
        }
        int n = Math.max(1, tokens);
        int boilerplate = BoilerplatePatterns.chromeAndCaptionLower(lower);
        return new LineFeatures(text, words, endsSentence(text, words) || unpunctuated,
                stopDensity, lettered == 0 ? 0 : (double) capital / lettered, (double) links / n,
                (boilerplate & BoilerplatePatterns.CHROME_BIT) != 0, (boilerplate & BoilerplatePatterns.CAPTION_BIT) != 0 && words < MAX_CAPTION_WORDS,
                BoilerplatePatterns.isMarkerLower(lower, words, boilerplate), repeats, in.dom());
    }

    /**
     * Whether the token {@code s[from, to)} matches LINK_LIKE. Every match holds '/', '@' or '#',
     * starts with "www.", or has a '.' followed by the first letter of com/org/net/htm(l)/php: most
     * tokens (a word that ends a sentence, its full stop included) are none of these and skip the regex.
     */
    static boolean looksLikeLink(String s, int from, int to) {
        boolean candidate = to - from > 3 && (s.charAt(from) | 0x20) == 'w' && s.charAt(from + 3) == '.';
        for (int i = from; i < to && !candidate; i++) {
            char c = s.charAt(i);
            candidate = c == '/' || c == '@' || c == '#'
                    || (c == '.' && i + 1 < to && LINK_AFTER_DOT.indexOf(s.charAt(i + 1) | 0x20) >= 0);
        }
        return candidate && linkRegex(s.substring(from, to));
    }

    /** LINK_LIKE alone, for the test that holds {@link #looksLikeLink} equal to it. */
    static boolean linkRegex(String token) {
        return LINK_LIKE.matcher(token).find();
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

    private static int firstLetter(String s, int from, int to) {
        for (int i = from; i < to; ) {
            char c = s.charAt(i);
            if (c < 0x80) { // the answers of isLetter and isDigit for ASCII, without the Unicode tables
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    return c;
                }
                if (c >= '0' && c <= '9') {
                    return -1;
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
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

    /** The line stripped, runs of white space made one space, lower-cased: what "the same line" means. */
    static String normalise(String text) {
        return collapseSpaces(text.strip()).toLowerCase(Locale.ROOT);
    }

    /** Each run of {@code \s} characters becomes one space (what replaceAll("\\s+", " ") does). */
    private static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) { // the first white space that is not a lone ' ' (usually there is none)
            char c = s.charAt(i);
            if (Tokens.isAsciiSpace(c) && (c != ' ' || (i + 1 < n && Tokens.isAsciiSpace(s.charAt(i + 1))))) {
                break;
            }
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        boolean inSpace = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (Tokens.isAsciiSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }
}
