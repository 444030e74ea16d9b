package dev.precis.summarize;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import dev.precis.text.WordCounter;

/**
 * Cuts a sentence that is longer than the budget: at the last clause boundary (a comma, semicolon,
 * colon or dash after a word) that fits, when that keeps at least half the budget, otherwise after the
 * last word that fits; the cut ends with "…". Words are ICU word segments, as {@link WordCounter}
 * counts them, so the result never exceeds the budget. Thread-safe (clones its prototype).
 */
final class SentenceCut {

    static final String ELLIPSIS = "…";
    /** a clause boundary is used only when it keeps at least this share of the budget */
    static final double MIN_CLAUSE_SHARE = 0.5;

    private final BreakIterator prototype = BreakIterator.getWordInstance(ULocale.ROOT);
    private final WordCounter counter;

    SentenceCut(WordCounter counter) {
        this.counter = counter;
    }

    /** The sentence cut to at most {@code maxWords} words (at least one), ending with "…"; null when maxWords < 1. */
    String cut(String sentence, int maxWords) {
        if (maxWords < 1) {
            return null;
        }
        BreakIterator words = (BreakIterator) prototype.clone();
        words.setText(sentence);
        int count = 0;
        int wordEnd = -1;   // end of the last word that fits
        int clauseEnd = -1; // end of the last word that fits and is followed by a clause mark and another word
        int clauseWords = 0;
        boolean markSinceWord = false;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() == BreakIterator.WORD_NONE) {
                markSinceWord |= count > 0 && isClauseMark(sentence, start, end);
                continue;
            }
            if (markSinceWord) {
                clauseEnd = wordEnd;
                clauseWords = count;
                markSinceWord = false;
            }
            if (count == maxWords) {
                break;
            }
            count++;
            wordEnd = end;
        }
        if (wordEnd < 0) {
            return null;
        }
        int end = clauseEnd > 0 && clauseWords >= MIN_CLAUSE_SHARE * maxWords && clauseWords < count ? clauseEnd : wordEnd;
        String cut = trimEnd(sentence.substring(0, end)) + ELLIPSIS;
        // the segments above are ICU's; WordCounter applies the same rules, but never trust that with the budget
        while (counter.count(cut) > maxWords && end > 0) {
            end = sentence.lastIndexOf(' ', end - 1);
            cut = end > 0 ? trimEnd(sentence.substring(0, end)) + ELLIPSIS : null;
            if (cut == null) {
                return null;
            }
        }
        return cut;
    }

    /** Whether the non-word segment [from, to) holds a clause mark. */
    private static boolean isClauseMark(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '–' || c == '—' || c == '('
                    || c == '-' && i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Without trailing spaces and punctuation other than a closing bracket or quotation mark. */
    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (Character.isWhitespace(c) || ",;:–—-(".indexOf(c) >= 0) {
                end--;
            } else {
                break;
            }
        }
        return s.substring(0, end);
    }
}
