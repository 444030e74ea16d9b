package dev.precis.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Per-language stop-word sets, taken from Lucene's analyzers (no lists of our own, so the
 * feature means the same as in every Lucene index). English uses Snowball's longer list because
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
        m.put("ru", RussianAnalyzer.getDefaultStopSet());
        m.put("bg", BulgarianAnalyzer.getDefaultStopSet());
        m.put("el", GreekAnalyzer.getDefaultStopSet());
        m.put("ar", ArabicAnalyzer.getDefaultStopSet());
        m.put("fa", PersianAnalyzer.getDefaultStopSet());
        m.put("hi", HindiAnalyzer.getDefaultStopSet());
        return java.util.Collections.unmodifiableMap(m);
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
