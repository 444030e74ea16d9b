package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import dev.precis.text.Block;

/** The cleaner says what each kept block is: from the markup in HTML, from the line's shape in plain text. */
class BlockKindsTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static final String P1 = "The council voted on Tuesday to extend the night bus service to the airport, "
            + "after a year in which passengers waited for hours.";
    private static final String P2 = "The new route will run every thirty minutes between midnight and five in the "
            + "morning, and the fare will stay the same as during the day.";
    private static final String P3 = "Drivers welcomed the decision, which they said had been discussed for "
            + "more than a decade without any result at all.";

    @Test
    void htmlBlocksTakeTheirKindFromTheMarkup() {
        String html = "<!doctype html><html><head><title>Night buses</title></head><body><article>"
                + "<h1>Night buses reach the airport</h1><p>" + P1 + "</p>"
                + "<h2>What changes for passengers</h2><p>" + P2 + "</p>"
                + "<ul><li>Buses every thirty minutes</li><li>Same fare as by day</li></ul>"
                + "<blockquote>" + P3 + "</blockquote>"
                + "<table><tr><td>Route N1</td></tr><tr><td>Route N2</td></tr></table>"
                + "<p>" + P1.replace("council", "mayor") + "</p></article></body></html>";
        CleanedText cleaned = cleaner.clean(html, ArticleCleaner.Format.HTML);
        assertThat(cleaned.blocks()).extracting(Block::text, Block::kind).containsExactly(
                tuple(P1, Block.Kind.PARAGRAPH),
                tuple("What changes for passengers", Block.Kind.HEADING),
                tuple(P2, Block.Kind.PARAGRAPH),
                tuple("Buses every thirty minutes", Block.Kind.LIST_ITEM),
                tuple("Same fare as by day", Block.Kind.LIST_ITEM),
                tuple(P3, Block.Kind.QUOTE),
                tuple("Route N1", Block.Kind.TABLE_ROW),
                tuple("Route N2", Block.Kind.TABLE_ROW),
                tuple(P1.replace("council", "mayor"), Block.Kind.PARAGRAPH));
    }

    @Test
    void plainTextKindsComeFromTheLinesShape() {
        String text = String.join("\n", P1, "What changes for passengers", P2, "- Buses every thirty minutes",
                "2. The same fare as by day", P3);
        CleanedText cleaned = cleaner.clean(text, ArticleCleaner.Format.TEXT);
        assertThat(cleaned.blocks()).extracting(Block::text, Block::kind).containsExactly(
                tuple(P1, Block.Kind.PARAGRAPH),
                tuple("What changes for passengers", Block.Kind.HEADING),
                tuple(P2, Block.Kind.PARAGRAPH),
                tuple("- Buses every thirty minutes", Block.Kind.LIST_ITEM),
                tuple("2. The same fare as by day", Block.Kind.LIST_ITEM),
                tuple(P3, Block.Kind.PARAGRAPH));
    }

    @Test
    void aLoneMarkedLineIsAParagraphNotAOneItemList() {
        // "M." is monsieur here, and a dash can open a paragraph: a list has two items or more
        String monsieur = "M. Giammattei, 64 ans, a indiqué avoir été testé jeudi soir positif au coronavirus, "
                + "qui a contaminé à ce jour des milliers de personnes dans le pays.";
        String dash = "- The council said the service would be reviewed after six months, once it knows how many "
                + "passengers take the late buses to the airport.";
        CleanedText cleaned = cleaner.clean(String.join("\n", P1, monsieur, P2, dash, P3), ArticleCleaner.Format.TEXT);
        assertThat(cleaned.blocks()).extracting(Block::kind).containsOnly(Block.Kind.PARAGRAPH);
    }

    @Test
    void aShortLineWithoutProseAfterItStaysAParagraph() {
        String text = String.join("\n", P1, P2, "Thank you for reading");
        CleanedText cleaned = cleaner.clean(text, ArticleCleaner.Format.TEXT);
        assertThat(cleaned.blocks()).extracting(Block::kind).doesNotContain(Block.Kind.HEADING);
    }
}
