package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.text.Block;
import dev.precis.text.Block.Kind;

/** The cleaner's blocks: headings and table rows are not sentences, a list item is one unit, paragraphs count. */
class BlockSummaryTest {

    private final CoverageSummarizer summarizer = new CoverageSummarizer();
    private final SummaryRequest request = new SummaryRequest(75, 1, 0.5);

    private static Block block(Kind kind, String text) {
        return new Block(text, kind);
    }

    @Test
    void aHeadingIsNeverPickedNorGluedToTheSentenceAfterIt() {
        // the headings hold the article's most repeated terms, so as sentences they would be picked
        List<Block> blocks = List.of(
                block(Kind.HEADING, "Setup"),
                block(Kind.PARAGRAPH, "You need to decide on a setup for the garden pond before the frost comes."),
                block(Kind.PARAGRAPH, "A pond setup with a pump keeps the water clear through the winter months."),
                block(Kind.HEADING, "Pond setup costs"),
                block(Kind.PARAGRAPH, "The pump and the liner cost less than a new lawn mower at most garden shops."),
                block(Kind.PARAGRAPH, "Frost cracks a thin liner, so a thick one pays for itself within two winters."),
                block(Kind.HEADING, "Conclusions"),
                block(Kind.PARAGRAPH, "A pond takes a weekend to build and a few hours a year to keep."));
        Summary summary = summarizer.summarizeBlocks(blocks, request);
        assertThat(summary.words()).isPositive();
        assertThat(summary.text()).doesNotContain("Setup").doesNotContain("Pond setup costs").doesNotContain("Conclusions")
                .contains("You need to decide");
        assertThat(summary.sentencesIn()).isEqualTo(5);
    }

    @Test
    void aTableRowIsNeverPicked() {
        List<Block> blocks = List.of(
                block(Kind.PARAGRAPH, "The council raised the water price for every household in the city this spring."),
                block(Kind.TABLE_ROW, "Water price 2024 2025 council household city"),
                block(Kind.PARAGRAPH, "Households in the city pay the new water price from the first of April."),
                block(Kind.PARAGRAPH, "The council says the water price pays for new pipes under the old city."),
                block(Kind.PARAGRAPH, "Opponents of the council plan a vote on the price at the next city meeting."));
        Summary summary = summarizer.summarizeBlocks(blocks, request);
        assertThat(summary.text()).isNotEmpty().doesNotContain("2024 2025");
    }

    @Test
    void aListItemIsPickedWholeAndReadsAsOneSentence() {
        List<Block> blocks = List.of(
                block(Kind.PARAGRAPH, "Bakers who want a good loaf of bread need three things from their flour and their oven."),
                block(Kind.LIST_ITEM, "Strong flour. It holds the gas that the yeast makes in the bread dough"),
                block(Kind.LIST_ITEM, "A hot oven for the bread, which sets the crust before the loaf dries out"),
                block(Kind.LIST_ITEM, "Time for the dough to rise"),
                block(Kind.PARAGRAPH, "With these three things any baker can make a loaf of bread at home in a day."));
        SummaryRequest wide = new SummaryRequest(60, 1, 1.0);
        CoverageSummarizer.Article a = summarizer.read(blocks, wide);
        assertThat(a.texts()).contains("Strong flour. It holds the gas that the yeast makes in the bread dough.",
                "A hot oven for the bread, which sets the crust before the loaf dries out.", "Time for the dough to rise.");
        String text = summarizer.summarizeBlocks(blocks, wide).text();
        assertThat(text).isNotEmpty();
        for (String item : a.texts().subList(1, 4)) { // either the whole item or none of it
            assertThat(text.contains(item.substring(0, 12))).as(item).isEqualTo(text.contains(item));
        }
    }

    @Test
    void aListItemThatEndsInPunctuationKeepsIt() {
        assertThat(CoverageSummarizer.asSentence("Is it ready?")).isEqualTo("Is it ready?");
        assertThat(CoverageSummarizer.asSentence("He said \"go.\"")).isEqualTo("He said \"go.\"");
        assertThat(CoverageSummarizer.asSentence("Bring water")).isEqualTo("Bring water.");
    }

    @Test
    void aBlockQuotationsSentencesAreQuotations() {
        List<Block> blocks = List.of(
                block(Kind.PARAGRAPH, "The mayor spoke about the flood at the town hall on Monday evening."),
                block(Kind.QUOTE, "We will rebuild every bridge in the valley before the winter comes."));
        CoverageSummarizer.Article a = summarizer.read(blocks, request);
        assertThat(a.kinds()).containsExactly(SentenceKind.PROSE, SentenceKind.QUOTE);
    }

    @Test
    void paragraphsCountOnlyWhenTheFileHasThem() {
        List<String> oneALine = new ArrayList<>();
        List<String> paragraphed = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            oneALine.add("The river rose by a metre in the night number " + p + ".");
            paragraphed.add("The river rose by a metre in the night number " + p + ". Farmers moved their cattle to higher fields.");
        }
        assertThat(summarizer.read(Block.paragraphs(oneALine), request).paragraphed()).isFalse();
        assertThat(summarizer.read(Block.paragraphs(paragraphed), request).paragraphed()).isTrue();
        // one run-on paragraph (as OrangeSum's French stories) is not paragraphed either
        assertThat(summarizer.read(Block.paragraphs(List.of(String.join(" ", paragraphed))), request).paragraphed()).isFalse();
        CoverageSummarizer.Article a = summarizer.read(Block.paragraphs(paragraphed), request);
        assertThat(a.opensParagraph()[0]).isTrue();
        assertThat(a.opensParagraph()[1]).isFalse();
        assertThat(a.opensParagraph()[2]).isTrue();
    }
}
