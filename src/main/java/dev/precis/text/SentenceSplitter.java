package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits a paragraph into sentences with ICU's sentence rules for the text's language, then
 * repairs the breaks ICU still makes after that language's abbreviations ({@link Abbreviations}):
 * titles and initials never end a sentence ("Gen.", "Mme", "J.-L."); acronyms, months, German
 * ordinals ("am 3. Oktober") and the like end one only when a typical sentence opener follows.
 * It also breaks where scraped text glued two sentences together without a space
 * ("...la saison.Cet investissement"), which ICU keeps whole (UAX #29 rule SB7).
 *
 * <p>ICU's CLDR-filtered iterator is not used: it drops real breaks ("Dr. Müller. Prof. Schmidt" in
 * German, and every break of upper-case English: "FIRE MARKET. A DOCTOR REPORT." came back as one
 * sentence), and the explicit lists cover what it would (on the English dev set both give the same
 * summaries).
 * Thread-safe: each call clones the prototype iterator.
 */
public final class SentenceSplitter {

    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");
    /** "J.", and hyphenated French initials "J.-L." */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.(?:-\\p{Lu}\\.)*");

    private final BreakIterator prototype;
    private final Abbreviations abbreviations;
    private final boolean gluedStops;

    /**
     * English sentence rules without the glued-stop breaks: every break falls between UAX #29 words,
     * so the word counts of the sentences add up to the paragraph's ("saison.Cet" is one word to
     * {@link WordCounter}); the cleaner counts words that way.
     */
    public SentenceSplitter() {
        this("en", false);
    }

    /** Sentence rules for an ISO 639-1 code, with glued-stop breaks; an unknown code gets ICU's root rules and no abbreviation list. */
    public SentenceSplitter(String language) {
        this(language, true);
    }

    /** {@code gluedStops}: also break where scraped text glued two sentences ("saison.Cet"). */
    public SentenceSplitter(String language, boolean gluedStops) {
        String code = Languages.normalize(language);
        this.abbreviations = Abbreviations.of(code);
        this.gluedStops = gluedStops;
        ULocale locale = code.equals(Languages.UNDETERMINED) ? ULocale.ROOT : new ULocale(code);
        this.prototype = BreakIterator.getSentenceInstance(locale);
    }

    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        if (paragraph == null || paragraph.isBlank()) {
            return sentences;
        }
        BreakIterator boundaries = (BreakIterator) prototype.clone();
        boundaries.setText(paragraph);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            int from = start;
            for (int glued = gluedBreak(paragraph, from, end); glued > 0; glued = gluedBreak(paragraph, from, end)) {
                add(sentences, paragraph.substring(from, glued).strip());
                from = glued;
            }
            add(sentences, paragraph.substring(from, end).strip());
        }
        return sentences;
    }

    private void add(List<String> sentences, String sentence) {
        if (sentence.isEmpty()) {
            return;
        }
        int last = sentences.size() - 1;
        if (last >= 0 && continues(sentences.get(last), sentence)) {
            sentences.set(last, sentences.get(last) + " " + sentence);
        } else {
            sentences.add(sentence);
        }
    }

    /**
     * The first place in [from, to) just after a full stop glued to the next sentence: a word of two
     * or more letters ending in a lower-case letter, ".", then a capitalised word ("saison.Cet"),
     * unless the word is a title ("St.Louis"); -1 when there is none.
     */
    int gluedBreak(String text, int from, int to) {
        if (!gluedStops) {
            return -1;
        }
        for (int i = text.indexOf('.', from + 2); i >= 0 && i + 2 < to; i = text.indexOf('.', i + 1)) {
            if (Character.isLowerCase(text.charAt(i - 1)) && Character.isLetter(text.charAt(i - 2))
                    && Character.isUpperCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 2))) {
                int space = i - 1;
                while (space >= from && !Character.isWhitespace(text.charAt(space))) {
                    space--;
                }
                String word = text.substring(space + 1, i);
                if (word.indexOf('.') < 0 && word.indexOf('/') < 0 && word.indexOf('@') < 0
                        && !abbreviations.titles().contains(word.toLowerCase(Locale.ROOT))) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** Whether the break between {@code previous} and {@code next} falls after an abbreviation. */
    boolean continues(String previous, String next) {
        int space = previous.lastIndexOf(' ');
        String token = previous.substring(space + 1);
        while (!token.isEmpty() && "(\"“‘'[«„".indexOf(token.charAt(0)) >= 0) {
            token = token.substring(1);
        }
        if (!token.endsWith(".") || token.length() < 2) {
            return false;
        }
        String word = token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT);
        if (abbreviations.titles().contains(word) || INITIAL.matcher(token).matches()) {
            return true;
        }
        if (abbreviations.ambiguous().contains(word) || ACRONYM.matcher(token).matches()
                || (abbreviations.ordinalDot() && isOrdinal(word))) {
            return !startsSentence(next);
        }
        return false;
    }

    /** "3" of "am 3. Oktober": one to three digits. */
    private static boolean isOrdinal(String word) {
        if (word.isEmpty() || word.length() > 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private boolean startsSentence(String next) {
        if (!Character.isLetter(next.codePointAt(0))) {
            return "\"“‘'(«„".indexOf(next.charAt(0)) >= 0;
        }
        return abbreviations.openers().contains(firstWord(next));
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
