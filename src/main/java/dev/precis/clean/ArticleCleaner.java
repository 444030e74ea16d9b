package dev.precis.clean;

import java.util.ArrayList;
import java.util.List;

import dev.precis.text.WordCounter;

/**
 * Turns a scraped article into its story paragraphs. Pure and thread-safe.
 * First version: keeps lines that read as prose (enough words, sentence-final punctuation)
 * and stops at an appeal block. Replaced by the feature-based classifier of issue 5.
 */
public final class ArticleCleaner {

    private final WordCounter words = new WordCounter();

    public CleanedText clean(String content, Format format) {
        List<String> kept = new ArrayList<>();
        int linesIn = 0;
        for (String raw : content.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            linesIn++;
            if (line.startsWith("A Message from")) {
                break;
            }
            if (words.count(line) >= 10 && line.matches(".*[.!?\"”’)]$")) {
                kept.add(line);
            }
        }
        return new CleanedText(kept, linesIn, linesIn - kept.size(), null, "und");
    }

    /** How the content is encoded as a page. */
    public enum Format { TEXT, HTML }
}
