package dev.precis.clean;

import java.util.List;
import java.util.regex.Pattern;

import dev.precis.text.Block;

/**
 * What a kept block is (paragraph, heading, list item, table row, quote). HTML says it in the markup;
 * plain text only in its shape, so there a block is a paragraph unless its shape is clear: a bullet or
 * a number opening the line and the line beside it makes a list item, and a short title-like line (no sentence punctuation)
 * followed by prose makes a heading.
 */
final class BlockKinds {

    /** A heading in plain text has at most this many words (a longer unpunctuated line is a paragraph). */
    static final int MAX_HEADING_WORDS = 12;

    /** A bullet sign, or a number or letter with a dot or bracket, then a space. */
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[•◦▪▫●○■□►▸‣⁃∙·*–—-]|\\(?(?:\\d{1,3}|[a-zA-Z])[.)])\\s+\\S");

    private BlockKinds() {
    }

    /** The kind of line {@code i} of the page. */
    static Block.Kind of(List<LineFeatures> lines, int i) {
        LineFeatures f = lines.get(i);
        if (f.html()) {
            return switch (f.dom().tag()) {
                // a heading element holding a whole sentence or more is a standfirst set large
                case HEADING, TITLE -> f.words() >= LineClassifier.LONG_LINE_WORDS ? Block.Kind.PARAGRAPH : Block.Kind.HEADING;
                case LIST_ITEM -> Block.Kind.LIST_ITEM;
                case TABLE_CELL -> Block.Kind.TABLE_ROW;
                case QUOTE -> Block.Kind.QUOTE;
                default -> Block.Kind.PARAGRAPH;
            };
        }
        if (plainListItem(lines, i)) {
            return Block.Kind.LIST_ITEM;
        }
        return plainHeading(f) && i + 1 < lines.size() && prose(lines.get(i + 1)) ? Block.Kind.HEADING : Block.Kind.PARAGRAPH;
    }

    /**
     * A marked line beside another marked line, short of a paragraph: a list has two items or more, and
     * a long line that opens with a dash or "M." (monsieur) is a paragraph, read a sentence at a time.
     */
    private static boolean plainListItem(List<LineFeatures> lines, int i) {
        return marked(lines.get(i)) && lines.get(i).words() < 2 * LineClassifier.LONG_LINE_WORDS
                && (i > 0 && marked(lines.get(i - 1)) || i + 1 < lines.size() && marked(lines.get(i + 1)));
    }

    private static boolean marked(LineFeatures f) {
        return !f.html() && LIST_MARK.matcher(f.text()).find();
    }

    /** Short, opens with a capital or a digit, and does not end like a sentence or a clause. */
    private static boolean plainHeading(LineFeatures f) {
        String t = f.text();
        if (f.words() == 0 || f.words() > MAX_HEADING_WORDS || f.endsSentence()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        int first = t.codePointAt(0);
        return last != ',' && last != ';' && (Character.isUpperCase(first) || Character.isDigit(first)
                || !Character.isLowerCase(first) && Character.isLetter(first));
    }

    private static boolean prose(LineFeatures f) {
        return f.words() >= LineClassifier.MIN_PROSE_WORDS && f.endsSentence();
    }
}
