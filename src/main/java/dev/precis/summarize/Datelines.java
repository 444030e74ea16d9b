package dev.precis.summarize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news agency's dateline opening a sentence: "(CNN) I remember the day…", "LONDON, England (CNN) --
 * The…", "Paris (AFP) - Le…", "Berlin (dpa) - Die…". A summary sentence starts after it: the
 * dateline says where the wire came from, not what happened. Language-neutral (agency names).
 */
final class Datelines {

    /** News agencies and broadcasters that open wire copy with their name in parentheses (lower-case). */
    static final String AGENCIES = "(?:cnn|reuters|ap|afp|dpa|upi|efe|ansa|xinhua|belga|anp|apa|sda|ats|pap|tass|"
            + "kyodo|yonhap|bloomberg|dpa-afx|kna|epd|afp/[^)]{1,20}|dpa/[^)]{1,20}|reuters/[^)]{1,20})";

    /**
     * At the very start: an optional place ("london, england", "san rafael, california", "paris, 12 mars",
     * at most six words), the agency in parentheses, then dashes or a colon and spaces, or directly
     * the text.
     */
    private static final Pattern LEADING = Pattern.compile(
            "(?:[\\p{L}\\d][\\p{L}\\p{M}\\d.'’-]*(?:,?\\s+[\\p{L}\\d][\\p{L}\\p{M}\\d.'’-]*){0,5},?\\s*)?"
            + "\\(" + AGENCIES + "\\)\\s*(?:[-—–:]+\\s*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Datelines() { }

    /** The sentence without its leading dateline; the sentence itself when it has none or is nothing else. */
    static String strip(String sentence) {
        int paren = sentence.indexOf('(');
        if (paren < 0 || paren > 80) {
            return sentence; // the cheap test first: most sentences have no parenthesis near the start
        }
        Matcher m = LEADING.matcher(sentence);
        if (!m.lookingAt()) {
            return sentence;
        }
        String rest = sentence.substring(m.end()).strip();
        if (rest.isEmpty() || !Character.isLetterOrDigit(rest.codePointAt(0)) && "\"“‘'«„".indexOf(rest.charAt(0)) < 0) {
            return sentence;
        }
        return rest;
    }
}
