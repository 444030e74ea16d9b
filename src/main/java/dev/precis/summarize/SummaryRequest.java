package dev.precis.summarize;

/**
 * What one article asks for.
 *
 * @param maxWords      upper bound on words in the summary (never exceeded, never padded)
 * @param maxParagraphs upper bound on paragraphs
 * @param maxShare      the summary may hold at most this share of the cleaned article's words
 *                      (so a short article still gets a summary, not a copy); 0 &lt; maxShare &lt;= 1
 */
public record SummaryRequest(int maxWords, int maxParagraphs, double maxShare) {

    public SummaryRequest {
        if (maxWords < 1 || maxParagraphs < 1 || !(maxShare > 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("invalid summary request: " + maxWords + " words, "
                    + maxParagraphs + " paragraphs, share " + maxShare);
        }
    }
}
