package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Splits a paragraph into sentences with ICU's sentence rules, filtered by CLDR's
 * abbreviation list ("Mr.", "U.S.", "Jan.") so that those do not end a sentence.
 */
public final class SentenceSplitter {

    private final BreakIterator prototype;

    public SentenceSplitter() {
        ULocale locale = ULocale.ENGLISH;
        this.prototype = FilteredBreakIteratorBuilder.getInstance(locale)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        if (paragraph == null || paragraph.isBlank()) {
            return sentences;
        }
        BreakIterator boundaries = (BreakIterator) prototype.clone();
        boundaries.setText(paragraph);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            String sentence = paragraph.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
