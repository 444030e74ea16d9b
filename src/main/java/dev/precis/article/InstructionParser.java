package dev.precis.article;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the instruction line that leads an article file. Only the first non-blank line is
 * considered: a sentence inside the story that happens to say "summarize" is story, not instruction.
 * Tolerates case, "up to"/"about"/"at most", thousands separators and a missing paragraph count.
 */
public final class InstructionParser {

    /** A line is an instruction when it starts with the verb and names words or paragraphs. */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "^\\W{0,3}(summari[sz]e|condense|shorten)\\b.{0,200}\\b(words?|paragraphs?)\\b.{0,60}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS = Pattern.compile("(-?[\\d][\\d,.]*|\\S+)\\s+words?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPHS = Pattern.compile("(-?[\\d][\\d,.]*|\\S+)\\s+paragraphs?\\b", Pattern.CASE_INSENSITIVE);
    /** Plain digits only: no exponent ("1e999999999" must not become a giant number). Compiled once: every file asks. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]*)?");

    private final int maxWords;
    private final int maxParagraphs;

    /** Numbers above these caps are absurd for a summary; they are capped, with a note. */
    public InstructionParser(int maxWords, int maxParagraphs) {
        this.maxWords = maxWords;
        this.maxParagraphs = maxParagraphs;
    }

    public boolean isInstruction(String line) {
        return line != null && line.length() <= 300 && INSTRUCTION.matcher(line.strip()).matches();
    }

    public Instruction parse(String line) {
        if (!isInstruction(line)) {
            return Instruction.NONE;
        }
        StringBuilder note = new StringBuilder();
        Integer words = number(WORDS.matcher(line), "words", maxWords, note);
        Integer paragraphs = number(PARAGRAPHS.matcher(line), "paragraphs", maxParagraphs, note);
        return new Instruction(words, paragraphs, note.isEmpty() ? null : note.toString());
    }

    private static Integer number(Matcher m, String what, int cap, StringBuilder note) {
        if (!m.find()) {
            return null;
        }
        String token = m.group(1).toLowerCase(Locale.ROOT);
        String digits = token.replace(",", "");
        java.math.BigInteger value;
        try {
            if (!PLAIN_NUMBER.matcher(digits).matches()) {
                throw new NumberFormatException(digits);
            }
            value = new java.math.BigDecimal(digits).toBigInteger();
        } catch (NumberFormatException e) {
            append(note, "instruction's " + what + " '" + token + "' is not a number; default used");
            return null;
        }
        if (value.signum() < 1) {
            append(note, "instruction's " + what + " " + token + " is not positive; default used");
            return null;
        }
        if (value.compareTo(java.math.BigInteger.valueOf(cap)) > 0) {
            append(note, "instruction's " + what + " " + token + " capped at " + cap);
            return cap;
        }
        return value.intValueExact();
    }

    private static void append(StringBuilder note, String text) {
        if (!note.isEmpty()) {
            note.append("; ");
        }
        note.append(text);
    }
}
