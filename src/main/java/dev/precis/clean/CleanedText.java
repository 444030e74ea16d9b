package dev.precis.clean;

import dev.precis.metadata.PageMetadata;
import dev.precis.text.Block;

import java.util.List;
import java.util.Objects;

/**
 * The article after cleaning: its story blocks in order (paragraphs, headings, list items, ...), what
 * the page says about itself, plus what the report needs to explain what cleaning did.
 *
 * @param blocks       story blocks, in source order, none blank
 * @param linesIn      non-blank lines (or blocks) seen in the input
 * @param linesDropped of those, how many were judged boilerplate
 * @param metadata     title, author, date and site as far as the input says them; never null
 * @param language     ISO 639-1 code of the detected language, or "und" when unknown
 * @param wordsIn      words of the input's text (as {@code WordCounter} counts them)
 * @param words        words of the kept blocks, i.e. of {@link #text()}
 */
public record CleanedText(List<Block> blocks, int linesIn, int linesDropped, PageMetadata metadata, String language,
        int wordsIn, int words) {

    public CleanedText {
        blocks = List.copyOf(blocks);
        metadata = Objects.requireNonNullElse(metadata, PageMetadata.NONE);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** The blocks' texts, one per block. */
    public List<String> paragraphs() {
        return blocks.stream().map(Block::text).toList();
    }

    /** The page title, when the input carried one, else null. */
    public String title() {
        return metadata.title();
    }

    public String text() {
        return String.join("\n", paragraphs());
    }
}
