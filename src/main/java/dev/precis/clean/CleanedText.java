package dev.precis.clean;

import java.util.List;

/**
 * The article after cleaning: its story paragraphs in order, plus what the report needs to
 * explain what cleaning did.
 *
 * @param paragraphs   story paragraphs, in source order, none blank
 * @param linesIn      non-blank lines (or blocks) seen in the input
 * @param linesDropped of those, how many were judged boilerplate
 * @param title        the page title when the input carried one (HTML metadata), else null
 * @param language     ISO 639-1 code of the detected language, or "und" when unknown
 * @param wordsIn      words of the input (as {@code WordCounter} counts them)
 * @param words        words of the kept paragraphs, i.e. of {@link #text()}
 */
public record CleanedText(List<String> paragraphs, int linesIn, int linesDropped, String title, String language,
        int wordsIn, int words) {

    public CleanedText {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    public String text() {
        return String.join("\n", paragraphs);
    }
}
