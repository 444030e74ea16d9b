package dev.precis.clean;

/**
 * The explainable facts about one line (or HTML block) that the line model weighs.
 *
 * @param text          the line, stripped
 * @param words         words by {@link dev.precis.text.WordCounter} (ICU boundaries, so CJK counts right)
 * @param endsSentence  ends with sentence-final punctuation (optionally followed by a quote or bracket)
 * @param stopDensity   share of tokens in the language's Lucene stop set; NaN when the language has none
 * @param capitalShare  share of tokens starting with an upper-case letter (title case, names, menus)
 * @param linkShare     share of tokens that look like URLs, e-mail addresses, handles or hashtags
 * @param chrome        matches a generic page-chrome phrase (subscribe, cookies, share, ...)
 * @param caption       reads like a photo caption or credit
 * @param marker        a short header that opens a trailing block (related, comments, appeal)
 * @param repeats       how often this exact line occurs on the page (1 = once)
 * @param dom           what the markup says about the block (HTML input only), else null
 */
record LineFeatures(String text, int words, boolean endsSentence, double stopDensity, double capitalShare,
        double linkShare, boolean chrome, boolean caption, boolean marker, int repeats, DomEvidence dom) {

    /** The line is an HTML block (so the DOM evidence is known). */
    boolean html() {
        return dom != null;
    }

    /** HTML: share of the text inside links; 0 for plain text. */
    double linkDensity() {
        return dom == null ? 0 : dom.linkDensity();
    }

    /** HTML: a heading element. */
    boolean heading() {
        return dom != null && dom.tag() == DomEvidence.Tag.HEADING;
    }

    /** HTML: inside the container that readability-style scoring picked; always true for plain text. */
    boolean inMain() {
        return dom == null || dom.inTop();
    }
}
