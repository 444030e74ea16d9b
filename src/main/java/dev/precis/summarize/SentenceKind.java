package dev.precis.summarize;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.precis.text.Literals;

/**
 * Surface cues that decide whether a sentence may stand in a summary on its own, with the cue lists
 * of the sentence's language ({@link Cues}).
 * Everything is matched on the lower-cased sentence: real files are cased, the benchmark text is
 * lower-cased, and the summarizer must behave the same on both. Cheap string tests guard the few
 * regular expressions, because this runs on every sentence of every article.
 */
enum SentenceKind {
    /** ordinary prose */
    PROSE,
    /** a byline, dateline, caption, credit or navigation line ("click here", "scroll down"): never chosen */
    BOILERPLATE,
    /** opens with a reference to something said before ("He", "This", "But", "However"): kept only with its antecedent */
    DEPENDENT,
    /** a quotation or a fragment of one: a summary reports, it does not quote */
    QUOTE;

    /** an English photo credit anywhere in the line: "photo credit: jane doe" */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\b(photo|image|picture)s?\\s*(credit)?\\s*:\\s*\\S");
    /**
     * Strings one of which every English STAMP match (group 0) and every PHOTO_CREDIT match (group 1)
     * contains: sentences with a colon but none of them skip those scans. Keep in step with the
     * patterns (a time is a digit and a colon).
     */
    private static final Literals COLON_NEEDS = new Literals(
            new String[] {"published", "updated", "posted", "0:", "1:", "2:", "3:", "4:", "5:", "6:", "7:", "8:", "9:"},
            new String[] {"photo", "image", "picture"});
    /** "london, england (cnn) --" or "paris (afp) -" with nothing after it */
    private static final Pattern DATELINE = Pattern.compile("[\\p{L}\\d ,.'-]{2,40}\\(" + Datelines.AGENCIES + "\\)\\s*[-—–]*\\s*");
    /** a quotation mark that can open a quotation */
    private static final String OPENING_QUOTES = "\"“‘'«„";
    /**
     * a quotation closing inside the sentence (punctuation, then a closing mark: ...,' he said), the
     * fragment left when a quotation runs over two sentences. Apostrophes (leicester’s) and
     * scare quotes (‘a very substantial offer’) do not match.
     */
    private static final Pattern QUOTE_INSIDE = Pattern.compile("[,.!?;:…]\\s*[\"”’'»]");

    /** The kind of an English sentence. */
    static SentenceKind of(String sentence) {
        return of(sentence, Cues.ENGLISH);
    }

    /** The kind of a sentence, with the cues of its language. */
    static SentenceKind of(String sentence, Cues cues) {
        String s = sentence.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return BOILERPLATE;
        }
        if (!hasLetter(s) || isBoilerplate(s, cues)) { // no letter: a date, a time, a score, a number alone
            return BOILERPLATE;
        }
        if (cues.discountQuotes() && (OPENING_QUOTES.indexOf(s.charAt(0)) >= 0 || quoteClosesInside(s, cues.closingQuotes()))) {
            return QUOTE;
        }
        if (cues.dependentStart().contains(firstWord(s))) {
            return DEPENDENT;
        }
        for (String p : cues.dependentPrefixes()) {
            if (s.startsWith(p)) {
                return DEPENDENT;
            }
        }
        return PROSE;
    }

    private static boolean isBoilerplate(String s, Cues cues) {
        if (cues.navigationAnywhere().foundIn(s)) {
            return true;
        }
        for (String p : cues.navigationStart()) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        String by = cues.bylineWord();
        if (by != null && s.startsWith(by) && s.length() <= 120 && cues.byline().matcher(s).matches()
                && !cues.notAName().contains(firstWord(s.substring(by.length()).stripLeading()))
                && (cues.bylineMaxWords() == 0 || words(s) <= cues.bylineMaxWords() + 1)) {
            return true;
        }
        if (cues == Cues.ENGLISH) {
            if (s.indexOf(':') >= 0) {
                int needs = COLON_NEEDS.groupsIn(s);
                if (((needs & 1) != 0 && cues.stamp().matcher(s).find()) || cues.captionStart().matcher(s).lookingAt()
                        || ((needs & 2) != 0 && PHOTO_CREDIT.matcher(s).find())) {
                    return true;
                }
            }
        } else if (cues.stamp().matcher(s).lookingAt() || cues.captionStart().matcher(s).lookingAt()) {
            return true;
        }
        if (s.indexOf('(') >= 0) {
            if (cues.creditEnd().matcher(s).find() || (s.length() <= 60 && DATELINE.matcher(s).matches())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** words separated by spaces */
    private static int words(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * What {@code QUOTE_INSIDE.matcher(s).find()} answers, in one scan without the regex: a closing
     * mark whose nearest non-space character before it is punctuation. (Most sentences hold an
     * apostrophe, so the regex would run on most of them.)
     */
    static boolean quoteClosesInside(String s) {
        return quoteClosesInside(s, Cues.CLOSING_QUOTES);
    }

    /** The same with another set of closing marks (German closes with “ and ‘). */
    static boolean quoteClosesInside(String s, String closingQuotes) {
        for (int j = 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (closingQuotes.indexOf(c) < 0) { // a closing mark of QUOTE_INSIDE
                continue;
            }
            int k = j - 1;
            while (k >= 0 && isRegexSpace(s.charAt(k))) {
                k--;
            }
            if (k >= 0 && PUNCTUATION.indexOf(s.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String PUNCTUATION = ",.!?;:…";

    /** {@code \s} of java.util.regex (ASCII white space only). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The regular expression that {@link #quoteClosesInside} stands for, for the test that holds them equal. */
    static boolean quoteInsideRegex(String s) {
        return QUOTE_INSIDE.matcher(s).find();
    }

    /** the leading run of letters and apostrophes ("he's"), lower-case */
    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (!(Character.isLetter(c) || ((c == '\'' || c == '’') && end > 0))) {
                break;
            }
            end++;
        }
        return s.substring(0, end).replace('’', '\'');
    }
}
