package dev.precis.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, author and date of a plain-text scrape (one block a line), read from the lines that stand above
 * the story: the byline line ("By ..."), the date line (a short line holding a whole date) and the
 * headline, the title-like line just above them. The story starts at the first line of running prose; only
 * the lines right before it are read, so a date or name in the navigation, a teaser or a comment is not.
 * A plain text names no site.
 */
public final class TextMetadata {

    private TextMetadata() {
    }

    /** A line of running prose: this many words or more. */
    private static final int PROSE_WORDS = 20;
    /** Lines above the story's first prose line that may hold its headline, byline and date. */
    private static final int HEADER_LINES = 10;
    private static final int DATE_LINE_WORDS = 14;
    private static final Pattern RELATIVE = Pattern.compile("(?iu)\\b(ago|hours?|minutes?|yesterday|today|heute|gestern|hier|hoy|ayer)\\b");

    /** Reads the lines (already stripped, no blank ones). */
    public static PageMetadata read(List<String> lines) {
        int prose = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (words(lines.get(i)) >= PROSE_WORDS && endsSentence(lines.get(i))) {
                prose = i;
                break;
            }
        }
        if (prose < 0) {
            return PageMetadata.NONE;
        }
        int from = Math.max(0, prose - HEADER_LINES);
        String author = null;
        String date = null;
        int firstFact = -1;
        for (int i = from; i < prose; i++) {
            String line = lines.get(i);
            if (author == null) {
                Matcher by = Names.BYLINE_WORD.matcher(line);
                if (by.lookingAt()) {
                    String rest = line.substring(by.end()).strip();
                    author = Names.clean(rest.isEmpty() && i + 1 < prose ? lines.get(i + 1) : rest);
                    if (author != null) {
                        firstFact = firstFact < 0 ? i : firstFact;
                        String glued = Dates.fromText(rest);
                        if (date == null && glued != null) {
                            date = glued;
                        }
                        continue;
                    }
                }
            }
            if (date == null && words(line) <= DATE_LINE_WORDS && !RELATIVE.matcher(line).find()) {
                date = Dates.fromText(line);
                if (date != null) {
                    firstFact = firstFact < 0 ? i : firstFact;
                    // a bare name right above the date line is the byline without its "By"
                    if (author == null && i - 1 > from && firstFact == i && isBareName(lines.get(i - 1))) {
                        author = lines.get(i - 1);
                        firstFact = i - 1;
                    }
                }
            }
        }
        String title = null;
        int titleWords = 0;
        int above = firstFact >= 0 ? firstFact : prose;
        // Of the few lines above the facts, the headline is the fullest title-like one: the nearest is as
        // often a caption, a time stamp or "3 min read", which the cleaner drops as furniture too.
        for (int i = above - 1; i >= from && i >= above - 4; i--) {
            String line = lines.get(i);
            int w = words(line);
            if (w >= 3 && w <= 30 && w > titleWords && !line.endsWith(".") && Dates.fromText(line) == null
                    && !NOT_A_HEADLINE.matcher(line).find() && !Names.BYLINE_WORD.matcher(line).lookingAt()) {
                title = line;
                titleWords = w;
            }
        }
        return new PageMetadata(title, author, date, null);
    }

    /** A caption or credit, a time stamp, a reading time, a breadcrumb: lines near a headline that are not it. */
    private static final Pattern NOT_A_HEADLINE = Pattern.compile("(?iu)^(photo|image|picture|video|foto|bild|credit|caption)s?\\s*:"
            + "|^(published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour)\\b"
            + "|\\b\\d+\\s*(min|minutes?|mins)\\.?\\s+(read|lesen|lecture)\\b|\\s[>›»/|]\\s");

    /** Two to four capitalised words and nothing else: a person's name on its own line. */
    private static boolean isBareName(String line) {
        int w = words(line);
        return w >= 2 && w <= 4 && BARE_NAME.matcher(line).matches() && Names.clean(line) != null;
    }

    private static final Pattern BARE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,3}");

    private static int words(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return ".!?\"”'’)…:".indexOf(c) >= 0;
    }
}
