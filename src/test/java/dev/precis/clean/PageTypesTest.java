package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every page type has a main text: a forum thread keeps all its posts (not only the longest run of
 * them), a script-rendered thread is read from its noscript view, and a story in containers that a site
 * builder names "widget" is not skipped as furniture.
 */
class PageTypesTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static final String[] POSTS = {
        "Has anyone tried the new firmware on the older routers? Mine keeps dropping the connection every hour or so.",
        "Yes, I had the same problem after the update, and rolling back to the previous version fixed it for me.",
        "The vendor says a fix is coming next week, so it may be worth waiting before you roll back anything at all.",
    };

    /** Posts, each under its author's name and a date line, as forum software lays them out. */
    private static String thread(String head) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Router drops</title>" + head
                + "</head><body><main>");
        String[] authors = {"alice_k", "bob77", "carol"};
        for (int i = 0; i < POSTS.length; i++) {
            html.append("<div class=\"post\"><div class=\"post-meta\"><a href=\"/u/").append(authors[i]).append("\">")
                    .append(authors[i]).append("</a> <a href=\"/t/1/").append(i).append("\">March ").append(i + 2)
                    .append(", 2026, 4:55pm</a></div><p>").append(POSTS[i]).append("</p>")
                    .append("<div><a href=\"/like\">Like</a> <a href=\"/reply\">Reply</a> <a href=\"/share\">Share</a>"
                            + " <a href=\"/flag\">Flag</a></div></div>");
        }
        return html.append("</main></body></html>").toString();
    }

    @Test
    void aDeclaredForumThreadKeepsEveryPost() {
        String declared = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"DiscussionForumPosting\",\"headline\":\"Router drops\"}</script>";
        CleanedText cleaned = cleaner.clean(thread(declared), ArticleCleaner.Format.HTML);
        assertThat(cleaned.paragraphs()).contains(POSTS);
        assertThat(cleaned.text()).doesNotContain("alice_k", "Reply");
    }

    @Test
    void aThreadRenderedByScriptIsReadFromItsNoscriptView() {
        String page = thread("").replace("<main>", "<div id=\"app\"></div><noscript><main>")
                .replace("</main>", "</main></noscript>");
        CleanedText cleaned = cleaner.clean(page, ArticleCleaner.Format.HTML);
        assertThat(cleaned.isEmpty()).isFalse();
        assertThat(cleaned.text()).contains(POSTS[0]);
    }

    @Test
    void aStoryInModulesNamedWidgetIsNotSkipped() {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Nine tips</title></head><body>");
        for (String post : POSTS) { // each paragraph its own module: none holds half of the page's text
            html.append("<div class=\"widget-span widget-type-rich_text\"><p>").append(post).append("</p></div>");
        }
        CleanedText cleaned = cleaner.clean(html.append("</body></html>").toString(), ArticleCleaner.Format.HTML);
        assertThat(cleaned.paragraphs()).containsExactly(POSTS);
    }

    @Test
    void pageTypesComeFromTheDeclarations() {
        assertThat(PageType.of(org.jsoup.Jsoup.parse("<head><meta property=\"og:type\" content=\"article\"></head>")))
                .isEqualTo(PageType.ARTICLE);
        assertThat(PageType.of(org.jsoup.Jsoup.parse("<head><script type=\"application/ld+json\">"
                + "{\"@type\":\"Product\",\"name\":\"Lamp\"}</script><meta property=\"og:type\" content=\"article\"></head>")))
                .isEqualTo(PageType.PRODUCT);
        assertThat(PageType.of(org.jsoup.Jsoup.parse("<head><title>x</title></head>"))).isEqualTo(PageType.OTHER);
    }
}
