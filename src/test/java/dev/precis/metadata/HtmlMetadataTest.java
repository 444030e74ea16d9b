package dev.precis.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    private static PageMetadata read(String html) {
        return HtmlMetadata.read(Jsoup.parse(html));
    }

    private static final String STORY = "<p>The city council voted on Tuesday to approve a plan that adds three bus lines "
            + "to the eastern districts, after a year of hearings.</p>";

    @Test
    void theVisibleHeadlineBylineAndDateComeFirst() {
        PageMetadata m = read("""
                <html><head><title>Council approves bus plan | The Daily Test</title>
                <meta property="og:site_name" content="The Daily Test">
                <meta property="og:title" content="Bus plan approved - The Daily Test">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bus plan approved",
                  "author":{"@type":"Person","name":"Ann Lee"},"datePublished":"2025-03-03T08:00:00+01:00"}</script>
                </head><body><header><h1 class="logo">The Daily Test</h1><p>Monday, December 7, 2026</p></header>
                <article><h1>Council approves bus plan</h1><p class="byline">By <a href="/ann">Ann Lee</a></p>
                <p>March 3, 2025</p>""" + STORY + "</article></body></html>");
        assertThat(m).isEqualTo(new PageMetadata("Council approves bus plan", "Ann Lee", "2025-03-03T08:00:00+01:00",
                "The Daily Test"));
    }

    @Test
    void withoutVisibleFactsTheStructuredOnesCount() {
        PageMetadata m = read("""
                <html><head><title>Quiet page - Site</title>
                <meta property="article:published_time" content="2024-12-20T00:00:00+00:00">
                <meta name="author" content="Jason Rostar"></head>
                <body><h1>Eleven strategies for the year ahead</h1>""" + STORY + "</body></html>");
        assertThat(m.author()).isEqualTo("Jason Rostar");
        assertThat(m.published()).isEqualTo("2024-12-20T00:00:00+00:00");
        assertThat(m.site()).isNull();
    }

    @Test
    void withoutAnH1TheTitleLosesTheSiteName() {
        PageMetadata m = read("""
                <html><head><title>10 Easy Steps for a Great Interior Design | Tarkett</title></head>
                <body>""" + STORY + "</body></html>");
        assertThat(m.title()).isEqualTo("10 Easy Steps for a Great Interior Design");
    }

    @Test
    void aTeasersOrACommentsDateIsNotTheStorys() {
        PageMetadata m = read("""
                <html><body><h1>Latest news</h1>
                <h2><a href="/a">Another story</a></h2><p>March 1, 2025</p>
                <div class="comments"><p>Jane, March 2, 2025</p></div></body></html>""");
        assertThat(m.published()).isNull();
        assertThat(m.author()).isNull();
    }

    @Test
    void aProductPageHasNoWriterAndNoPublishDate() {
        PageMetadata m = read("""
                <html><head><meta property="og:type" content="product"></head><body><h1>Standing desk</h1>
                <p class="byline">Visit the Uplift Store</p><p>March 3, 2025</p></body></html>""");
        assertThat(m.author()).isNull();
        assertThat(m.published()).isNull();
    }

    @Test
    void aForumPostsAuthorIsTheMarkedHandle() {
        PageMetadata m = read("""
                <html><body><h1>Which tent for a wet weekend?</h1>
                <p class="tagline">submitted 17 hours ago by <a class="author" href="/u/insanesnow45">InsaneSnow45</a></p>
                """ + STORY + "</body></html>");
        assertThat(m.author()).isEqualTo("InsaneSnow45");
        assertThat(m.published()).isNull(); // "17 hours ago" is not guessed
    }
}
