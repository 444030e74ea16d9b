package dev.precis.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextMetadataTest {

    private static final String STORY = "The city council voted on Tuesday to approve a plan that adds three bus lines "
            + "to the eastern districts, after a year of hearings and a petition signed by twelve thousand residents.";

    @Test
    void theLinesAboveTheStoryGiveHeadlineBylineAndDate() {
        PageMetadata m = TextMetadata.read(List.of("Home", "News", "Local", "Council approves bus plan for the east side",
                "By Ann Lee", "March 3, 2025", STORY, "Related: Mayor opens new library on March 1, 2025"));
        assertThat(m).isEqualTo(new PageMetadata("Council approves bus plan for the east side", "Ann Lee", "2025-03-03", null));
    }

    @Test
    void aBareNameRightAboveTheDateLineIsTheByline() {
        PageMetadata m = TextMetadata.read(List.of("Blog", "Top 10 Health and Nutrition Trends to Watch", "Kelia Losa Reinoso",
                "August 25, 2025", "15 min", STORY));
        assertThat(m).isEqualTo(new PageMetadata("Top 10 Health and Nutrition Trends to Watch", "Kelia Losa Reinoso",
                "2025-08-25", null));
    }

    @Test
    void aDateInTheStoryOrAfterItIsNotThePagesDate() {
        PageMetadata m = TextMetadata.read(List.of("Council approves bus plan for the east side", STORY,
                "Posted in comments on March 4, 2025"));
        assertThat(m.published()).isNull();
        assertThat(m.author()).isNull();
    }

    @Test
    void aTextWithoutProseHasNoMetadata() {
        assertThat(TextMetadata.read(List.of("Home", "By Ann Lee", "March 3, 2025"))).isEqualTo(PageMetadata.NONE);
    }
}
