package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

/** The families' one-lookup membership bits must answer exactly as each language's own stop set. */
class StopWordsTest {

    @Test
    void familyBitsAgreeWithEachStopSet() {
        Set<String> probes = new TreeSet<>();
        for (CharArraySet set : StopWords.BY_LANGUAGE.values()) {
            for (Object w : set) {
                String word = w instanceof char[] c ? new String(c) : w.toString();
                probes.add(word);
                probes.add(word.toLowerCase(Locale.ROOT));
                probes.add(word + "x"); // near misses
            }
        }
        probes.add("news");
        probes.add("president");
        int checked = 0;
        for (StopWords.Family family : new StopWords.Family[] {StopWords.LATIN, StopWords.CYRILLIC, StopWords.ARABIC}) {
            for (String language : family.languages()) {
                assertSame(family, StopWords.familyOf(language));
                CharArraySet stops = StopWords.forLanguage(language);
                assertNotNull(stops, language);
                int bit = family.bitOf(language);
                for (String probe : probes) {
                    char[] padded = ("  " + probe + " ").toCharArray(); // an offset, as in a line's buffer
                    boolean inFamily = (family.bits(padded, 2, probe.length()) & bit) != 0;
                    assertEquals(stops.contains(probe), inFamily, language + ": " + probe);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
        assertEquals(0, StopWords.LATIN.bitOf("ru"));
        assertEquals(null, StopWords.familyOf("el"));
    }

    @Test
    void lineWordsKeepTheirBitsPerFamily() {
        Tokens.LowerWords w = Tokens.LowerWords.of("The cat and la chatte");
        int[] latin = w.stopBits(StopWords.LATIN);
        assertSame(latin, w.stopBits(StopWords.LATIN));
        int en = StopWords.LATIN.bitOf("en");
        int fr = StopWords.LATIN.bitOf("fr");
        assertTrue((latin[0] & en) != 0, "the");
        assertEquals(0, latin[1] & en, "cat");
        assertTrue((latin[3] & fr) != 0, "la");
        int[] cyrillic = w.stopBits(StopWords.CYRILLIC);
        assertEquals(0, cyrillic[0]);
    }

    @Test
    void polishStopWordsAreExactlyPolishAnalyzers() {
        org.apache.lucene.analysis.CharArraySet lucene = org.apache.lucene.analysis.pl.PolishAnalyzer.getDefaultStopSet();
        CharArraySet ours = StopWords.forLanguage("pl");
        assertEquals(lucene.size(), ours.size());
        assertTrue(ours.size() > 100);
        for (Object w : lucene) {
            assertTrue(ours.contains((char[]) w), new String((char[]) w));
        }
    }
}
