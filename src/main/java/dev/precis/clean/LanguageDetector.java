package dev.precis.clean;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;

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

    String detect(List<String> lines) {
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    letters++;
                    scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
                }
            }
        }
        if (letters == 0) {
            return "und";
        }
        int han = scripts.getOrDefault(Character.UnicodeScript.HAN, 0);
        int kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int hangul = scripts.getOrDefault(Character.UnicodeScript.HANGUL, 0);
        Character.UnicodeScript top = scripts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        // CJK characters are one letter per word-ish, Latin ones five: weigh them up before comparing.
        if ((han + kana) * 3 >= letters - han - kana - hangul && han + kana > 0 && hangul * 3 < han + kana) {
            return kana * 5 >= han + kana ? "ja" : "zh";
        }
        if (hangul * 3 >= letters) {
            return "ko";
        }
        return switch (top) {
            case CYRILLIC -> byStopWords(lines, List.of("ru", "bg"), "ru");
            case GREEK -> "el";
            case ARABIC -> byStopWords(lines, List.of("ar", "fa"), "ar");
            case DEVANAGARI -> "hi";
            case LATIN -> byStopWords(lines, List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da",
                    "no", "fi", "hu", "ro", "tr", "cs", "id"), "und");
            default -> "und";
        };
    }

    private String byStopWords(List<String> lines, List<String> candidates, String fallback) {
        int[] hits = new int[candidates.size()];
        int evidence = 0;
        for (String line : lines) {
            List<String> tokens = Tokens.lowerWords(line);
            if (tokens.size() < MIN_EVIDENCE_TOKENS) {
                continue;
            }
            for (String t : tokens) {
                evidence++;
                for (int i = 0; i < candidates.size(); i++) {
                    CharArraySet set = StopWords.forLanguage(candidates.get(i));
                    if (set.contains(t)) {
                        hits[i]++;
                    }
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
