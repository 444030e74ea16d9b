package dev.precis.summarize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.precis.text.Literals;

/**
 * Surface cues that decide whether a sentence may stand in a summary on its own.
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

    /** navigation and promotion phrases that mark a line as page furniture wherever they occur */
    private static final String[] NAVIGATION_ANYWHERE = {
        "click here", "scroll down for", "scroll down to", "all rights reserved", "download the app",
        "share this article", "share this story", "follow us on", "sign up for our", "©",
    };
    private static final Literals NAVIGATION_ANYWHERE_SCAN = new Literals(NAVIGATION_ANYWHERE);
    /** ... and phrases that do so when they open the line */
    private static final String[] NAVIGATION_START = {
        "read more", "related:", "related articles", "watch:", "video:", "watch the video", "subscribe",
        "advertisement", "follow him on", "follow her on", "you can follow", "see also", "more:", "listen:",
    };
    /** "by jane doe", "by jane doe and john roe, reuters", "by jane doe for mailonline": names only */
    private static final Pattern BYLINE = Pattern.compile(
            "by\\s+[\\p{L}.'’ -]{2,60}((,| and| for| in)\\s+[\\p{L}.'’ -]{2,60})*[.]?");
    /** words that cannot open a person's name, so "by the end of the season" is prose, not a byline */
    private static final Set<String> NOT_A_NAME = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "then", "now", "far", "all", "its", "his", "her",
            "their", "our", "my", "your", "one", "two", "some", "many", "most", "late", "early", "next", "last",
            "way", "contrast", "comparison", "default", "chance", "accident", "design", "law", "night", "day",
            "noon", "midnight", "tomorrow", "today", "yesterday", "tonight", "him", "them", "us", "me", "it",
            "no", "not", "more", "itself", "nature", "definition", "mistake", "hand", "car", "air", "sea",
            "train", "bus", "phone", "email", "mail", "post", "which", "what", "how", "doing", "being", "using",
            "making", "taking", "getting", "having", "going", "comparing", "contrasting");
    /** "published: 10:22 est, 3 april 2015 | updated: ..." and similar stamps */
    private static final Pattern STAMP = Pattern.compile(
            "\\b(published|updated|last updated|posted)\\s*:|\\b\\d{1,2}:\\d{2}\\s*(est|edt|gmt|bst|utc|cet|et|pt)\\b");
    /** "pictured: ...", "photo: ...", "above: ...", "credit: ...": picture captions and credits */
    private static final Pattern CAPTION_START = Pattern.compile(
            "(pictured|photo|photograph|image|picture|above|below|left|right|top|bottom|inset|caption|credit|"
            + "file photo|graphic|map)\\s*[:|]");
    /** "... (getty images)", "... (ap photo/jane doe)": a credit closing the line */
    private static final Pattern CREDIT_END = Pattern.compile(
            "\\((getty|ap|afp|reuters|pa|epa|ap photo|file|rex|splash|alamy|corbis)\\b[^)]{0,40}\\)\\s*[.]?$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\b(photo|image|picture)s?\\s*(credit)?\\s*:\\s*\\S");
    /**
     * Strings one of which every STAMP match (group 0) and every PHOTO_CREDIT match (group 1)
     * contains: sentences with a colon but none of them skip those scans. Keep in step with the
     * patterns (a time is a digit and a colon).
     */
    private static final Literals COLON_NEEDS = new Literals(
            new String[] {"published", "updated", "posted", "0:", "1:", "2:", "3:", "4:", "5:", "6:", "7:", "8:", "9:"},
            new String[] {"photo", "image", "picture"});
    /** "london, england (cnn) --" or "washington (reuters) -" with nothing after it */
    private static final Pattern DATELINE = Pattern.compile("[\\p{L} ,.'-]{2,40}\\((cnn|reuters|ap|afp)\\)\\s*[-—–]*\\s*");
    /** first words that point back to something earlier, or connectives that need the previous sentence */
    private static final Set<String> DEPENDENT_START = Set.of(
            "he", "she", "it", "they", "them", "his", "her", "its", "their", "this", "that", "these", "those",
            "such", "but", "however", "also", "and", "or", "so", "yet", "still", "meanwhile", "instead",
            "moreover", "furthermore", "nevertheless", "nonetheless", "besides", "then", "thus", "hence",
            "therefore", "otherwise", "likewise", "similarly", "although", "though", "indeed", "later",
            "earlier", "afterwards", "another", "both", "neither", "either", "others", "he's", "she's", "it's",
            "they're", "that's");
    /** a quotation mark that can open a quotation */
    private static final String OPENING_QUOTES = "\"“‘'«„";
    /**
     * a quotation closing inside the sentence (punctuation, then a closing mark: ...,' he said), the
     * fragment left when a quotation runs over two sentences. Apostrophes (leicester’s) and
     * scare quotes (‘a very substantial offer’) do not match.
     */
    private static final Pattern QUOTE_INSIDE = Pattern.compile("[,.!?;:…]\\s*[\"”’'»]");

    static SentenceKind of(String sentence) {
        String s = sentence.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return BOILERPLATE;
        }
        if (isBoilerplate(s)) {
            return BOILERPLATE;
        }
        if (OPENING_QUOTES.indexOf(s.charAt(0)) >= 0 || quoteClosesInside(s)) {
            return QUOTE;
        }
        if (DEPENDENT_START.contains(firstWord(s)) || s.startsWith("the other ")) {
            return DEPENDENT;
        }
        return PROSE;
    }

    private static boolean isBoilerplate(String s) {
        if (NAVIGATION_ANYWHERE_SCAN.foundIn(s)) {
            return true;
        }
        for (String p : NAVIGATION_START) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        if (s.startsWith("by ") && s.length() <= 120 && BYLINE.matcher(s).matches()
                && !NOT_A_NAME.contains(firstWord(s.substring(3).stripLeading()))) {
            return true;
        }
        if (s.indexOf(':') >= 0) {
            int needs = COLON_NEEDS.groupsIn(s);
            if (((needs & 1) != 0 && STAMP.matcher(s).find()) || CAPTION_START.matcher(s).lookingAt()
                    || ((needs & 2) != 0 && PHOTO_CREDIT.matcher(s).find())) {
                return true;
            }
        }
        if (s.indexOf('(') >= 0) {
            if (CREDIT_END.matcher(s).find() || (s.length() <= 60 && DATELINE.matcher(s).matches())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code QUOTE_INSIDE.matcher(s).find()} answers, in one scan without the regex: a closing
     * mark whose nearest non-space character before it is punctuation. (Most sentences hold an
     * apostrophe, so the regex would run on most of them.)
     */
    static boolean quoteClosesInside(String s) {
        for (int j = 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c != '\'' && c != '"' && c != '’' && c != '”' && c != '»') { // a closing mark of QUOTE_INSIDE
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
