package dev.precis.summarize;

import java.util.List;

/**
 * An extractive summary: source sentences in source order (without a leading agency dateline),
 * grouped into paragraphs; or, when no whole sentence fits the budget ({@link Limit#CUT_SENTENCE}),
 * the start of the best sentence, cut at a clause or word boundary and ended with "…".
 *
 * @param paragraphs the paragraphs, none empty
 * @param words      words in the summary (WordCounter's definition)
 * @param sentencesIn sentences the article had
 * @param limit      which bound decided the length
 */
public record Summary(List<String> paragraphs, int words, int sentencesIn, Limit limit) {

    public Summary {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Which bound decided the summary's length; the report shows it. */
    public enum Limit {
        /** the requested word count */
        REQUESTED_WORDS,
        /** the maximum share of a short article */
        ARTICLE_SHARE,
        /** the article was so short (one to three sentences) that it is returned whole */
        WHOLE_ARTICLE,
        /** no whole sentence fitted the budget: the best one was cut to fit, ending with "…" */
        CUT_SENTENCE
    }

    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
