package dev.precis.summarize;

import dev.precis.text.Block;

import java.util.List;

/** Summarizes cleaned story text. Implementations are pure, deterministic and thread-safe. */
public interface Summarizer {

    /** Summarizes story paragraphs (plain text, every block a paragraph). */
    Summary summarize(List<String> paragraphs, SummaryRequest request);

    /**
     * Summarizes the cleaner's blocks. A heading is not a sentence of the story: it is never picked and
     * never glued to what follows. This default leaves headings out and reads every other block as a
     * paragraph; an implementation that uses the structure overrides it.
     */
    default Summary summarizeBlocks(List<Block> blocks, SummaryRequest request) {
        return summarize(blocks.stream().filter(b -> !b.isHeading()).map(Block::text).toList(), request);
    }
}
