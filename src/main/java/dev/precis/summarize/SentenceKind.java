package dev.precis.summarize;

import java.util.regex.Pattern;

/**
 * Surface cues that decide whether a sentence may stand in a summary on its own.
 * All patterns are case-insensitive: real files are cased, the benchmark text is lower-cased,
 * and the summarizer must behave the same on both.
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

    private static final Pattern NAVIGATION = Pattern.compile(
            "(?i)\\b(click here|scroll down|read more|sign up|follow (us|him|her) on|download the app|"
            + "watch the video|see the video|video:|subscribe to|newsletter|all rights reserved|"
            + "copyright|share this (story|article)|related articles?)\\b");
    /** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Jane Doe for MailOnline": short, no verb-like tail */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^by\\s+[\\p{L}.'’ -]{2,60}((,| and| for| in)\\s+[\\p{L}.'’ -]{2,60})*[.]?$");
    /** "Published: 10:22 EST, 3 April 2015 | Updated: ..." and similar stamps */
    private static final Pattern STAMP = Pattern.compile(
            "(?i)\\b(published|updated|last updated|posted)\\s*:|\\b\\d{1,2}:\\d{2}\\s*(est|edt|gmt|bst|utc|et|pt)\\b");
    /** "Pictured: ...", "Photo: ...", "Above: ...", "(Getty Images)", "Credit: ...": picture captions and credits */
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)^(pictured|photo|photograph|image|picture|above|below|left|right|top|bottom|inset|caption|credit|"
            + "file photo|video|watch|graphic|map)\\s*[:|-]"
            + "|\\((getty|ap|afp|reuters|pa|epa|ap photo|getty images|file)[^)]{0,40}\\)\\s*[.]?$"
            + "|\\b(photo|image|picture)s?\\s*(credit)?\\s*:\\s*\\S+");
    /** "LONDON, England (CNN) --" alone, or "WASHINGTON (Reuters) -" with nothing after it */
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^[\\p{L} ,.'-]{2,40}\\((cnn|reuters|ap|afp)\\)\\s*[-—–]*\\s*$");
    /** words that point back to something earlier, or connectives that need the previous sentence */
    private static final Pattern DEPENDENT_START = Pattern.compile(
            "(?i)^(he|she|it|they|them|his|her|its|their|this|that|these|those|there|such|"
            + "but|however|also|and|or|so|yet|still|meanwhile|instead|moreover|furthermore|nevertheless|"
            + "nonetheless|besides|then|thus|hence|therefore|otherwise|likewise|similarly|although|though|"
            + "indeed|later|earlier|afterwards|the other|another|both|neither|either|others)\\b");
    /** opens with a quotation mark: a quotation or its continuation */
    private static final Pattern QUOTE_START = Pattern.compile("^[\"“‘'«„]");
    /**
     * a quotation closing inside the sentence (punctuation, then a closing mark: ...,' he said), the
     * fragment left when a quotation runs over two sentences. Apostrophes (leicester’s) and
     * scare quotes (‘a very substantial offer’) do not match.
     */
    private static final Pattern QUOTE_INSIDE = Pattern.compile("[,.!?;:…]\\s*[\"”’'»]");

    static SentenceKind of(String sentence) {
        String s = sentence.strip();
        if (NAVIGATION.matcher(s).find() || BYLINE.matcher(s).matches() || STAMP.matcher(s).find()
                || CAPTION.matcher(s).find() || DATELINE.matcher(s).matches()) {
            return BOILERPLATE;
        }
        if (QUOTE_START.matcher(s).find() || QUOTE_INSIDE.matcher(s).find()) {
            return QUOTE;
        }
        if (DEPENDENT_START.matcher(s).find()) {
            return DEPENDENT;
        }
        return PROSE;
    }
}
