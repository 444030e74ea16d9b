package dev.precis.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JsonLdTest {

    @Test
    void readsTheArticleInAGraphWithItsAuthorByReference() {
        String script = """
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","@id":"https://x.test/#page","name":"Page name"},
                  {"@type":["Article","NewsArticle"],"headline":"Council approves bus plan",
                   "author":{"@id":"https://x.test/#ann"},"datePublished":"2025-03-03T08:00:00+01:00",
                   "publisher":{"@type":"Organization","name":"The Daily Test"}},
                  {"@type":"Person","@id":"https://x.test/#ann","name":"Ann Lee"}]}
                """;
        JsonLd ld = JsonLd.read(List.of(script));
        assertThat(ld.article()).isTrue();
        assertThat(ld.headline()).isEqualTo("Council approves bus plan");
        assertThat(ld.authors()).containsExactly("Ann Lee");
        assertThat(ld.published()).isEqualTo("2025-03-03T08:00:00+01:00");
        assertThat(ld.publisher()).isEqualTo("The Daily Test");
    }

    @Test
    void anOrganisationAsAuthorIsNoWriter() {
        JsonLd ld = JsonLd.read(List.of("""
                [{"@type":"BlogPosting","headline":"H","author":[{"@type":"Organization","name":"Acme Inc"},
                  {"@type":"Person","name":"Bo Chen"}]}]"""));
        assertThat(ld.authors()).containsExactly("Bo Chen");
    }

    @Test
    void brokenJsonKeepsWhatReads() {
        JsonLd ld = JsonLd.read(List.of("{\"@type\":\"NewsArticle\",\"headline\":\"Still here\",\"author\":{\"name\":\"Ann Lee\",}, oops"));
        assertThat(ld.headline()).isEqualTo("Still here");
        assertThat(ld.authors()).containsExactly("Ann Lee");
        assertThat(JsonLd.read(List.of("not json at all")).article()).isFalse();
    }

    @Test
    void aPageWithoutAnArticleGivesNothing() {
        JsonLd ld = JsonLd.read(List.of("{\"@type\":\"Product\",\"name\":\"Desk\",\"author\":\"Ann Lee\"}"));
        assertThat(ld).isEqualTo(JsonLd.NONE);
    }
}
