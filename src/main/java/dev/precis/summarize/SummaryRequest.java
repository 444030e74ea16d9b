package dev.precis.summarize;

import dev.precis.text.Languages;

/**
 * What one article asks for.
 *
 * @param maxWords      upper bound on words in the summary (never exceeded, never padded)
 * @param maxParagraphs upper bound on paragraphs
 * @param maxShare      the summary may hold at most this share of the cleaned article's words
 *                      (so a short article still gets a summary, not a copy); 0 &lt; maxShare &lt;= 1
 * @param language      the article's language as the cleaner detected it (ISO 639-1, or "und"), which
 *                      chooses the sentence rules, terms and cues; normalized, never null
 */
public record SummaryRequest(int maxWords, int maxParagraphs, double maxShare, String language) {

    public SummaryRequest {
        if (maxWords < 1 || maxParagraphs < 1 || !(maxShare > 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("invalid summary request: " + maxWords + " words, "
                    + maxParagraphs + " paragraphs, share " + maxShare);
        }
        language = Languages.normalize(language);
    }

    /** A request for an English article. */
    public SummaryRequest(int maxWords, int maxParagraphs, double maxShare) {
        this(maxWords, maxParagraphs, maxShare, "en");
    }
}
