package dev.precis.article;

/**
 * The per-file instruction ("Summarize this content to 2000 words in 6 paragraphs").
 *
 * @param words      requested words, or null when the file did not say (or said something unusable)
 * @param paragraphs requested paragraphs, or null when the file did not say
 * @param note       why a number was ignored or capped, or null when the instruction was clean
 */
public record Instruction(Integer words, Integer paragraphs, String note) {

    public static final Instruction NONE = new Instruction(null, null, null);

    public boolean present() {
        return words != null || paragraphs != null || note != null;
    }
}
