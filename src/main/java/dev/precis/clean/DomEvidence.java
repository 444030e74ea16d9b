package dev.precis.clean;

/**
 * What the page's markup says about one block (HTML input only): the element it came from, the semantic
 * containers around it, and whether the class and id words of its ancestors name page furniture. None of
 * it removes text on its own account; {@link ArticleCleaner} drops the blocks that the markup places in
 * furniture (see {@link #furniture()}) and the line classifier weighs the rest with the block's text.
 *
 * @param linkDensity      share of the block's letters inside links
 * @param tag              the kind of element the block came from
 * @param inArticleBody    inside an element marked {@code itemprop=articleBody}
 * @param inJsonLd         the block's text occurs in the page's JSON-LD {@code articleBody}
 * @param inTop            inside the story's container: the page's declared article body (JSON-LD or
 *                         itemprop) when it declares one with enough text, else the container that
 *                         readability-style paragraph scoring picked
 * @param inNav            inside {@code <nav>} or {@code role=navigation}
 * @param inAside          inside {@code <aside>} or {@code role=complementary}
 * @param inFooter         inside {@code <footer>} or {@code role=contentinfo}
 * @param inForm           inside a {@code <form>} that does not hold the story
 * @param inNamedFurniture inside an element whose class or id names furniture and not content
 *                         (readability's "unlikely candidates"; never an element that holds half the
 *                         page's running text)
 * @param inPageLinks      share of the block's letters inside links to places on the same page ({@code #...})
 */
record DomEvidence(double linkDensity, Tag tag, boolean inArticleBody, boolean inJsonLd, boolean inTop,
        boolean inNav, boolean inAside, boolean inFooter, boolean inForm, boolean inNamedFurniture, double inPageLinks) {

    /** The element a block came from. */
    enum Tag { PARAGRAPH, TITLE, HEADING, LIST_ITEM, TABLE_CELL, QUOTE, CAPTION, CODE, OTHER }

    /**
     * Groups of words that content-management systems put in class and id names. Matched on whole
     * tokens of the names (split at punctuation and camel case), so "breadcrumb" is navigation but
     * "adventure" is not advertising.
     */
    enum Hint {
        /** article, content, entry, post, story, body, text: the story's own container */
        CONTENT,
        /** nav, menu, breadcrumb, pagination */
        NAVIGATION,
        /** related, recommended, teaser, popular, sidebar, widget: rails of other stories */
        RAIL,
        /** share, social, follow: buttons and embeds */
        SOCIAL,
        /** meta, byline, author, date, tags, caption, credit */
        META,
        /** comment, reply, discussion */
        COMMENT,
        /** ad, banner, cookie, consent, newsletter, subscribe, footer, header, modal */
        CHROME;

        int bit() {
            return 1 << ordinal();
        }
    }

    /** The hint groups that name page furniture rather than content. */
    static final int NOT_CONTENT = Hint.NAVIGATION.bit() | Hint.RAIL.bit() | Hint.COMMENT.bit() | Hint.CHROME.bit()
            | Hint.SOCIAL.bit() | Hint.META.bit();

    /**
     * The markup places the block in page furniture: navigation, a sidebar, the footer, a form around
     * something else, or a container named for furniture. Text the page itself declares as its article
     * body (JSON-LD, itemprop) never is.
     */
    boolean furniture() {
        if (inJsonLd || inArticleBody) {
            return false;
        }
        return inNav || inAside || inFooter || inForm || inNamedFurniture;
    }

    /** The page declares this block part of its article body (JSON-LD articleBody or itemprop=articleBody). */
    boolean declared() {
        return inJsonLd || inArticleBody;
    }

    DomEvidence withTop(boolean top) {
        return new DomEvidence(linkDensity, tag, inArticleBody, inJsonLd, top, inNav, inAside, inFooter, inForm,
                inNamedFurniture, inPageLinks);
    }

    /** Mostly links to places on the same page: a table of contents, "back to top", footnote marks. */
    boolean tableOfContents() {
        return inPageLinks >= 0.5;
    }
}
