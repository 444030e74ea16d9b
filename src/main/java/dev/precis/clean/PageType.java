package dev.precis.clean;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What kind of page an HTML page says it is, from its own declarations: the JSON-LD {@code @type}s and
 * {@code og:type}. An article has one story, told in one contiguous region; a forum thread, a product
 * page, a service or documentation page has its main text in several places (posts between their
 * authors' names, a description and a specification table), so it is read differently
 * ({@link LineClassifier#classify(java.util.List, boolean)}).
 */
enum PageType {
    /** Declares an article (Article, NewsArticle, BlogPosting, ... or og:type article): one story region. */
    ARTICLE,
    /** Declares a discussion (DiscussionForumPosting, QAPage): posts in several regions. */
    FORUM,
    /** Declares a product (Product, og:type product): description and specifications. */
    PRODUCT,
    /** Declares nothing of the kind: its main text may be in several regions. */
    OTHER;

    /** Whether the page's main text is one story region. */
    boolean story() {
        return this == ARTICLE;
    }

    static PageType of(Document doc) {
        boolean article = false, forum = false, product = false;
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            for (String type : HtmlExtractor.jsonStrings(ld.data(), "\"@type\"")) {
                String t = type.toLowerCase(Locale.ROOT);
                forum |= t.equals("discussionforumposting") || t.equals("qapage");
                product |= t.equals("product") || t.equals("productgroup");
                article |= t.endsWith("article") || t.equals("blogposting") || t.equals("report");
            }
        }
        Element og = doc.selectFirst("meta[property=og:type], meta[name=og:type]");
        String ogType = og == null ? "" : og.attr("content").strip().toLowerCase(Locale.ROOT);
        // the thread or the product is the more specific claim: a forum post often also says "article"
        if (forum) {
            return FORUM;
        }
        if (product || ogType.startsWith("product")) {
            return PRODUCT;
        }
        return article || ogType.equals("article") ? ARTICLE : OTHER;
    }
}
