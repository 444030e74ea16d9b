package dev.precis.metadata;

/**
 * What a page says about itself: its headline, who wrote it, when, and where. Any field may be null
 * when the page does not say; a missing value is better than a wrong one.
 *
 * @param title     the headline, without the site name a &lt;title&gt; usually appends
 * @param author    the people who wrote it, as the page names them ("A and B" for several)
 * @param published the publish date, ISO 8601 ({@code YYYY-MM-DD}, with time and zone when given)
 * @param site      the site or publisher's name
 */
public record PageMetadata(String title, String author, String published, String site) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null, null);

    public static PageMetadata titleOnly(String title) {
        return title == null ? NONE : new PageMetadata(title, null, null, null);
    }
}
