package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Splits a paragraph into sentences with ICU's sentence rules and CLDR's abbreviation list,
 * then repairs the breaks ICU still makes after abbreviations common in news ("U.S.", "Gen.",
 * "Calif.", "John F. Kennedy"): titles and initials never end a sentence; acronyms, months and
 * the like end one only when a typical sentence opener follows.
 */
public final class SentenceSplitter {

    /** Abbreviations that precede a name: a break after them is always wrong. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov",
            "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "rev", "hon", "pres", "supt", "det",
            "insp", "atty", "mt", "ft", "st", "no", "nos", "vs", "v", "messrs", "mme", "mlle", "fr", "sr", "jr");
    /** Abbreviations that may also end a sentence. */
    private static final Set<String> AMBIGUOUS = Set.of("inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del",
            "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
            "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "approx", "dept", "est",
            "govt", "univ", "assn", "bros");
    /** Words that typically open a new sentence after an ambiguous abbreviation. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
            "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "in", "on", "at", "but",
            "and", "as", "after", "before", "when", "while", "if", "so", "yet", "however", "meanwhile", "mr", "mrs",
            "ms", "officials", "police");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    private final BreakIterator prototype;

    public SentenceSplitter() {
        ULocale locale = ULocale.ENGLISH;
        this.prototype = FilteredBreakIteratorBuilder.getInstance(locale)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
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
            String sentence = paragraph.substring(start, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            int last = sentences.size() - 1;
            if (last >= 0 && continues(sentences.get(last), sentence)) {
                sentences.set(last, sentences.get(last) + " " + sentence);
            } else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Whether the break between {@code previous} and {@code next} falls after an abbreviation. */
    static boolean continues(String previous, String next) {
        int space = previous.lastIndexOf(' ');
        String token = previous.substring(space + 1);
        while (!token.isEmpty() && "(\"“‘'[".indexOf(token.charAt(0)) >= 0) {
            token = token.substring(1);
        }
        if (!token.endsWith(".") || token.length() < 2) {
            return false;
        }
        String word = token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT);
        if (TITLES.contains(word) || INITIAL.matcher(token).matches()) {
            return true;
        }
        if (AMBIGUOUS.contains(word) || ACRONYM.matcher(token).matches()) {
            return !startsSentence(next);
        }
        return false;
    }

    private static boolean startsSentence(String next) {
        if (!Character.isLetter(next.codePointAt(0))) {
            return "\"“‘'(".indexOf(next.charAt(0)) >= 0;
        }
        return OPENERS.contains(firstWord(next));
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
