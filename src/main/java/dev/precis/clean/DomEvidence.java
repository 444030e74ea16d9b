package dev.precis.clean;

/**
 * What the page's markup says about one block (HTML input only): its element, the containers it sits
 * in, and the words that sites put in class and id names. None of it is a verdict on its own: each is
 * a feature that {@link ContentModel} weighs with the block's text (a paragraph inside an unclosed
 * {@code <aside>} still reads as prose).
 *
 * @param linkDensity     share of the block's letters inside links
 * @param tag             the kind of element the block came from
 * @param inArticle       inside {@code <article>}
 * @param inMain          inside {@code <main>} or {@code role=main}
 * @param inArticleBody   inside an element marked {@code itemprop=articleBody}
 * @param inJsonLd        the block's text occurs in the page's JSON-LD {@code articleBody}
 * @param inTop           inside the story's container: the page's declared article body (JSON-LD or
 *                        itemprop) when it declares one with enough text, else the container that
 *                        readability-style paragraph scoring picked
 * @param inNav           inside {@code <nav>} or {@code role=navigation}
 * @param inAside         inside {@code <aside>} or {@code role=complementary}
 * @param inFooter        inside {@code <footer>} or {@code role=contentinfo}
 * @param inHeader        inside {@code <header>} or {@code role=banner}
 * @param inForm          inside {@code <form>}
 * @param hints           bit set of {@link Hint} groups named by the class or id of an enclosing element
 *                        (elements that hold half of the page's paragraph text or more name content only)
 * @param inNamedFurniture inside an element whose class or id names furniture and not content
 *                        (readability's "unlikely candidates")
 * @param inPageLinks     share of the block's letters inside links to places on the same page ({@code #...})
 */
record DomEvidence(double linkDensity, Tag tag, boolean inArticle, boolean inMain, boolean inArticleBody,
        boolean inJsonLd, boolean inTop, boolean inNav, boolean inAside, boolean inFooter, boolean inHeader,
        boolean inForm, int hints, boolean inNamedFurniture, double inPageLinks) {

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

    /** The page declares this block part of its article body (JSON-LD articleBody or itemprop=articleBody). */
    boolean declared() {
        return inJsonLd || inArticleBody;
    }

    DomEvidence withTop(boolean top) {
        return new DomEvidence(linkDensity, tag, inArticle, inMain, inArticleBody, inJsonLd, top, inNav, inAside,
                inFooter, inHeader, inForm, hints, inNamedFurniture, inPageLinks);
    }

    /** Mostly links to places on the same page: a table of contents, "back to top", footnote marks. */
    boolean tableOfContents() {
        return inPageLinks >= 0.5;
    }

    boolean has(Hint hint) {
        return (hints & hint.bit()) != 0;
    }
}
