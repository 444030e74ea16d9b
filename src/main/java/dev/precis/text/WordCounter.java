package dev.precis.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words the way the whole product counts them: ICU word boundaries, counting
 * segments that hold letters, numbers or ideographs (punctuation and spaces are not words).
 * Budgets, reports and tests all use this one definition, so "75 words" means the same everywhere.
 */
public final class WordCounter {

    private final BreakIterator prototype = BreakIterator.getWordInstance(ULocale.ROOT);

    public int count(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator words = (BreakIterator) prototype.clone();
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }
}
