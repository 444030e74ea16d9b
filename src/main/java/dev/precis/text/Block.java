package dev.precis.text;

import java.util.List;
import java.util.Objects;

/**
 * One block of cleaned text, with what it is: the cleaner knows a heading from a paragraph, and the
 * summarizer must not treat a heading or a list item as a sentence of running text.
 *
 * @param text the block's text, one line, never blank
 * @param kind what the block is in the page
 */
public record Block(String text, Kind kind) {

    /** What a block is. Plain text without markup gives {@link #PARAGRAPH} unless its shape says otherwise. */
    public enum Kind {
        PARAGRAPH, HEADING, LIST_ITEM, TABLE_ROW, QUOTE
    }

    public Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    public static Block paragraph(String text) {
        return new Block(text, Kind.PARAGRAPH);
    }

    /** Plain paragraphs, each its own block. */
    public static List<Block> paragraphs(List<String> texts) {
        return texts.stream().map(Block::paragraph).toList();
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }
}
