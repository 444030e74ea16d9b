package dev.precis.clean;

import java.util.List;

/**
 * Cheap language guess: the dominant script of the letters decides the family (Han, Kana,
 * Hangul, Cyrillic, Greek, Arabic, Devanagari, Latin); inside a family with several candidates,
 * the language whose Lucene stop set covers most tokens of the prose-like lines wins.
 * Good enough to pick a stop set; it never needs to be right about rare languages, only to
 * avoid judging German prose with English stop words (which would empty the page).
 */
final class LanguageDetector {

    /** Lines with fewer tokens than this carry too little stop-word evidence (menus, headings). */
    private static final int MIN_EVIDENCE_TOKENS = 6;
    /** A few hundred tokens of running text settle the language; reading the rest only costs time. */
    private static final int ENOUGH_EVIDENCE = 600;
    private static final int ENOUGH_LETTERS = 20_000;

    String detect(List<String> lines) {
        return detect(lines, new Tokens.PerLine(lines));
    }

    /** {@code words}: the lines' lower-cased words, shared with the feature extractor. */
    String detect(List<String> lines, Tokens.PerLine words) {
        int[] scripts = new int[SCRIPTS.length];
        int latin = Character.UnicodeScript.LATIN.ordinal();
        int letters = 0;
        for (String line : lines) {
            if (letters >= ENOUGH_LETTERS) {
                break;
            }
            for (int i = 0, n = line.length(); i < n; ) {
                char c = line.charAt(i);
                if (c < 0x80) { // most letters of most pages: skip the script lookup
                    i++;
                    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                        letters++;
                        scripts[latin]++;
                    }
                    continue;
                }
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    letters++;
                    scripts[Character.UnicodeScript.of(cp).ordinal()]++;
                }
            }
        }
        if (letters == 0) {
            return "und";
        }
        int han = scripts[Character.UnicodeScript.HAN.ordinal()];
        int kana = scripts[Character.UnicodeScript.HIRAGANA.ordinal()] + scripts[Character.UnicodeScript.KATAKANA.ordinal()];
        int hangul = scripts[Character.UnicodeScript.HANGUL.ordinal()];
        int topIndex = 0;
        for (int i = 1; i < scripts.length; i++) {
            if (scripts[i] > scripts[topIndex]) { // strict: the first script in declaration order wins ties
                topIndex = i;
            }
        }
        Character.UnicodeScript top = SCRIPTS[topIndex];
        // CJK characters are one letter per word-ish, Latin ones five: weigh them up before comparing.
        if ((han + kana) * 3 >= letters - han - kana - hangul && han + kana > 0 && hangul * 3 < han + kana) {
            return kana * 5 >= han + kana ? "ja" : "zh";
        }
        if (hangul * 3 >= letters) {
            return "ko";
        }
        return switch (top) {
            case LATIN -> byStopWords(lines, words, StopWords.LATIN, "und");
            case CYRILLIC -> byStopWords(lines, words, StopWords.CYRILLIC, "ru");
            case ARABIC -> byStopWords(lines, words, StopWords.ARABIC, "ar");
            case DEVANAGARI -> byStopWords(lines, words, StopWords.DEVANAGARI, "hi");
            // scripts that one language with a stop set writes
            case GREEK -> "el";
            case ARMENIAN -> "hy";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case TELUGU -> "te";
            // scripts of languages without a stop set here: named for the report, judged by shape
            case THAI -> "th";
            case HEBREW -> "he";
            case GEORGIAN -> "ka";
            case ETHIOPIC -> "am";
            case KHMER -> "km";
            case LAO -> "lo";
            case MYANMAR -> "my";
            case SINHALA -> "si";
            case GUJARATI -> "gu";
            case GURMUKHI -> "pa";
            case KANNADA -> "kn";
            case MALAYALAM -> "ml";
            default -> "und";
        };
    }

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    private String byStopWords(List<String> lines, Tokens.PerLine words, StopWords.Family from, String fallback) {
        List<String> candidates = from.languages();
        int[] hits = new int[candidates.size()];
        int evidence = 0;
        for (int l = 0; l < lines.size(); l++) {
            if (evidence >= ENOUGH_EVIDENCE) {
                break;
            }
            Tokens.LowerWords tokens = words.get(l);
            if (tokens.count < MIN_EVIDENCE_TOKENS) {
                continue;
            }
            int[] bits = tokens.stopBits(from); // kept with the line for the features
            for (int k = 0; k < tokens.count; k++) {
                evidence++;
                for (int b = bits[k]; b != 0; b &= b - 1) { // each language whose stop set has the word
                    hits[Integer.numberOfTrailingZeros(b)]++;
                }
            }
        }
        int best = -1;
        for (int i = 0; i < hits.length; i++) {
            if (best < 0 || hits[i] > hits[best]) {
                best = i;
            }
        }
        // Require that stop words make up a plausible share of running text before we trust it.
        if (best < 0 || evidence == 0 || hits[best] < Math.max(3, evidence / 6)) {
            return fallback;
        }
        return candidates.get(best);
    }
}
