package dev.precis.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Per-language stop-word sets, taken from Lucene's analyzers (no lists of our own, so the
 * feature means the same as in every Lucene index): every language whose analyzer Lucene ships with
 * a stop set and whose words are separated by spaces (Thai is not; Chinese, Japanese and Korean have
 * no stop sets), Polish from {@code lucene-analysis-stempel}. English uses Snowball's longer list because
 * Lucene's default English set has only 33 words, too few to tell prose from a headline.
 * Loaded once from the classpath; the map is immutable, so sharing it across threads is safe.
 */
final class StopWords {

    /** ISO 639-1 code to stop set. */
    static final Map<String, CharArraySet> BY_LANGUAGE = load();

    private StopWords() {
    }

    /** The stop set for a language, or null when Lucene has none (Chinese, Japanese, Korean, "und"). */
    static CharArraySet forLanguage(String language) {
        return BY_LANGUAGE.get(language);
    }

    /**
     * Languages that share a script, and for each word the bit set of those whose stop set holds
     * it (bit i for {@code languages.get(i)}). One lookup per word answers "is it a stop word?" for
     * every language of the family at once: the language detector and the line features share it,
     * so each word of a page is looked up once.
     */
    static final class Family {
        private final List<String> languages;
        /**
         * An open-addressing table of the words (Lucene's CharArrayMap costs two or three dependent
         * memory loads a probe, and every word of every page is probed): a slot holds a word's
         * 64-bit hash, 0 when free; the word's characters are compared only when the hash is equal.
         */
        private final long[] slotHash;
        private final int[] slotWord;
        private final int mask;
        private final char[] chars;
        private final int[] offsets;
        private final int[] wordBits;

        private Family(List<String> languages) {
            this.languages = languages;
            Map<String, Integer> bits = new java.util.HashMap<>(); // any order: a lookup finds a word wherever it sits
            for (int i = 0; i < languages.size(); i++) {
                int bit = 1 << i;
                for (Object word : forLanguage(languages.get(i))) {
                    String w = word instanceof char[] c ? new String(c) : word.toString();
                    bits.merge(w, bit, (a, b) -> a | b);
                }
            }
            int n = bits.size();
            int size = Integer.highestOneBit(Math.max(4, n) * 4 - 1) << 1; // load factor at most 1/4
            slotHash = new long[size];
            slotWord = new int[size];
            mask = size - 1;
            StringBuilder all = new StringBuilder();
            offsets = new int[n + 1];
            wordBits = new int[n];
            int k = 0;
            for (Map.Entry<String, Integer> e : bits.entrySet()) {
                offsets[k] = all.length();
                all.append(e.getKey());
                wordBits[k] = e.getValue();
                k++;
            }
            offsets[n] = all.length();
            chars = all.toString().toCharArray();
            for (int w = 0; w < n; w++) {
                long h = hash(chars, offsets[w], offsets[w + 1] - offsets[w]);
                int slot = (int) h & mask;
                while (slotHash[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slotHash[slot] = h;
                slotWord[slot] = w;
            }
        }

        static Family of(String... languages) {
            return new Family(List.of(languages));
        }

        List<String> languages() {
            return languages;
        }

        /** The membership bits of a word given as {@code chars[from, from + length)}; 0 when no language has it. */
        int bits(char[] text, int from, int length) {
            long h = hash(text, from, length);
            for (int slot = (int) h & mask; slotHash[slot] != 0; slot = (slot + 1) & mask) {
                if (slotHash[slot] == h && sameWord(slotWord[slot], text, from, length)) {
                    return wordBits[slotWord[slot]];
                }
            }
            return 0;
        }

        private boolean sameWord(int w, char[] text, int from, int length) {
            int start = offsets[w];
            if (offsets[w + 1] - start != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (chars[start + i] != text[from + i]) {
                    return false;
                }
            }
            return true;
        }

        /** FNV-1a, finished by a multiply so the low bits (the slot) depend on every character; never 0. */
        private static long hash(char[] text, int from, int length) {
            long h = 0xcbf29ce484222325L;
            for (int i = from; i < from + length; i++) {
                h = (h ^ text[i]) * 0x100000001b3L;
            }
            h *= 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            return h == 0 ? 1 : h;
        }

        /** The bit of a language of this family, or 0 when it is not one. */
        int bitOf(String language) {
            int i = languages.indexOf(language);
            return i < 0 ? 0 : 1 << i;
        }
    }

    static final Family CYRILLIC = Family.of("ru", "bg");
    static final Family ARABIC = Family.of("ar", "fa", "ckb");
    static final Family DEVANAGARI = Family.of("hi", "ne");
    static final Family LATIN = Family.of("en", "de", "fr", "es", "it", "pt", "nl", "sv",
            "da", "no", "fi", "hu", "ro", "tr", "cs", "id", "pl", "ca", "eu", "gl", "ga", "et", "lt", "lv", "sr");
    private static final List<Family> FAMILIES = List.of(LATIN, CYRILLIC, ARABIC, DEVANAGARI);

    /**
     * The family a language belongs to, or null (Greek, Armenian, Bengali, Tamil and Telugu are alone in
     * their scripts; languages without a stop set have none).
     */
    static Family familyOf(String language) {
        for (Family f : FAMILIES) {
            if (f.languages().contains(language)) {
                return f;
            }
        }
        return null;
    }

    private static Map<String, CharArraySet> load() {
        Map<String, CharArraySet> m = new LinkedHashMap<>();
        m.put("en", snowball("english_stop.txt"));
        m.put("de", GermanAnalyzer.getDefaultStopSet());
        m.put("fr", FrenchAnalyzer.getDefaultStopSet());
        m.put("es", SpanishAnalyzer.getDefaultStopSet());
        m.put("it", ItalianAnalyzer.getDefaultStopSet());
        m.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        m.put("nl", DutchAnalyzer.getDefaultStopSet());
        m.put("sv", SwedishAnalyzer.getDefaultStopSet());
        m.put("da", DanishAnalyzer.getDefaultStopSet());
        m.put("no", NorwegianAnalyzer.getDefaultStopSet());
        m.put("fi", FinnishAnalyzer.getDefaultStopSet());
        m.put("hu", HungarianAnalyzer.getDefaultStopSet());
        m.put("ro", RomanianAnalyzer.getDefaultStopSet());
        m.put("tr", TurkishAnalyzer.getDefaultStopSet());
        m.put("cs", CzechAnalyzer.getDefaultStopSet());
        m.put("id", IndonesianAnalyzer.getDefaultStopSet());
        // read as PolishAnalyzer reads it, without loading the stemmer table it keeps beside it (400 ms)
        m.put("pl", wordList("/org/apache/lucene/analysis/pl/stopwords.txt"));
        m.put("ca", CatalanAnalyzer.getDefaultStopSet());
        m.put("eu", BasqueAnalyzer.getDefaultStopSet());
        m.put("gl", GalicianAnalyzer.getDefaultStopSet());
        m.put("ga", IrishAnalyzer.getDefaultStopSet());
        m.put("et", EstonianAnalyzer.getDefaultStopSet());
        m.put("lt", LithuanianAnalyzer.getDefaultStopSet());
        m.put("lv", LatvianAnalyzer.getDefaultStopSet());
        m.put("sr", SerbianAnalyzer.getDefaultStopSet()); // Latin script, as Lucene's Serbian analysis normalises to
        m.put("ru", RussianAnalyzer.getDefaultStopSet());
        m.put("bg", BulgarianAnalyzer.getDefaultStopSet());
        m.put("el", GreekAnalyzer.getDefaultStopSet());
        m.put("ar", ArabicAnalyzer.getDefaultStopSet());
        m.put("fa", PersianAnalyzer.getDefaultStopSet());
        m.put("ckb", SoraniAnalyzer.getDefaultStopSet());
        m.put("hi", HindiAnalyzer.getDefaultStopSet());
        m.put("ne", NepaliAnalyzer.getDefaultStopSet());
        m.put("hy", ArmenianAnalyzer.getDefaultStopSet());
        m.put("bn", BengaliAnalyzer.getDefaultStopSet());
        m.put("ta", TamilAnalyzer.getDefaultStopSet());
        m.put("te", TeluguAnalyzer.getDefaultStopSet());
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A word-per-line list with '#' comments, as Lucene's analyzers load theirs. */
    static CharArraySet wordList(String path) {
        try (InputStream in = StopWords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing Lucene resource " + path);
            }
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(
                    new InputStreamReader(in, StandardCharsets.UTF_8), "#", new CharArraySet(200, false)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet snowball(String file) {
        String path = "/org/apache/lucene/analysis/snowball/" + file;
        try (InputStream in = StopWords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing Lucene resource " + path);
            }
            return CharArraySet.unmodifiableSet(
                    WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
