package dev.precis.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The one place where a language code chooses the text analysis: Lucene's analyzer for that
 * language (its stop words and stemmer; Polish through Stempel; Chinese, Japanese and Korean as
 * overlapping bigrams) and ICU's sentence rules for its locale with its abbreviations. A language
 * Lucene has no analyzer for, or "und", gets the neutral fallback: Unicode word tokens, lower-cased,
 * no stemming and no stop list (never English rules), and {@link TextAnalysis#removesFunctionWords()}
 * false so that the caller caps frequent terms.
 *
 * <p>Analyses are built on first use (Stempel's table alone is 2 MB) and cached in this instance;
 * thread-safe.
 */
public final class Languages {

    /** The code for an undetermined language (ISO 639-2), as the cleaner reports it. */
    public static final String UNDETERMINED = "und";

    private static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new), Map.entry("es", SpanishAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new), Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("ru", RussianAnalyzer::new),
            Map.entry("pl", PolishAnalyzer::new), Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new), Map.entry("ar", ArabicAnalyzer::new),
            Map.entry("bg", BulgarianAnalyzer::new), Map.entry("bn", BengaliAnalyzer::new),
            Map.entry("ca", CatalanAnalyzer::new), Map.entry("ckb", SoraniAnalyzer::new),
            Map.entry("cs", CzechAnalyzer::new), Map.entry("el", GreekAnalyzer::new),
            Map.entry("et", EstonianAnalyzer::new), Map.entry("eu", BasqueAnalyzer::new),
            Map.entry("fa", PersianAnalyzer::new), Map.entry("ga", IrishAnalyzer::new),
            Map.entry("gl", GalicianAnalyzer::new), Map.entry("hi", HindiAnalyzer::new),
            Map.entry("hu", HungarianAnalyzer::new), Map.entry("hy", ArmenianAnalyzer::new),
            Map.entry("id", IndonesianAnalyzer::new), Map.entry("lt", LithuanianAnalyzer::new),
            Map.entry("lv", LatvianAnalyzer::new), Map.entry("ne", NepaliAnalyzer::new),
            Map.entry("ro", RomanianAnalyzer::new), Map.entry("sr", SerbianAnalyzer::new),
            Map.entry("ta", TamilAnalyzer::new), Map.entry("te", TeluguAnalyzer::new),
            Map.entry("th", ThaiAnalyzer::new), Map.entry("tr", TurkishAnalyzer::new),
            Map.entry("zh", CJKAnalyzer::new), Map.entry("ja", CJKAnalyzer::new), Map.entry("ko", CJKAnalyzer::new));

    /** Languages analysed as character bigrams: their terms include function words. */
    private static final java.util.Set<String> BIGRAMS = java.util.Set.of("zh", "ja", "ko");

    /**
     * Languages whose analyzer needs the whole sentence, so its terms cannot be cached word by word:
     * bigrams join neighbouring characters, and Thai has its own dictionary tokenizer. The others are
     * analysed word by word through a per-thread cache of the analyzer's terms ({@link CachedTextAnalysis}).
     */
    static final java.util.Set<String> WHOLE_SENTENCE = java.util.Set.of("zh", "ja", "ko", "th");

    private final Map<String, TextAnalysis> cache = new ConcurrentHashMap<>();

    /** The analysis for an ISO 639-1 code (any case, region ignored: "pt-BR" is "pt"); null or unknown: neutral. */
    public TextAnalysis forLanguage(String language) {
        String code = normalize(language);
        if (!ANALYZERS.containsKey(code)) {
            code = UNDETERMINED;
        }
        return cache.computeIfAbsent(code, Languages::create);
    }

    /** Whether {@code language} gets its own analysis rather than the neutral fallback. */
    public static boolean isAnalysed(String language) {
        return ANALYZERS.containsKey(normalize(language));
    }

    private static TextAnalysis create(String code) {
        Analyzer analyzer = newAnalyzer(code);
        if (code.equals(UNDETERMINED)) {
            return new CachedTextAnalysis(code, analyzer, new SentenceSplitter(code), false);
        }
        if (WHOLE_SENTENCE.contains(code)) {
            return new LuceneTextAnalysis(code, analyzer, new SentenceSplitter(code), !BIGRAMS.contains(code));
        }
        return new CachedTextAnalysis(code, analyzer, new SentenceSplitter(code), true);
    }

    /** The codes that get their own analysis (tests enumerate them). */
    static java.util.Set<String> analysedLanguages() {
        return ANALYZERS.keySet();
    }

    /** A new instance of the Lucene analyzer a language's analysis uses ("und": the neutral one). */
    static Analyzer newAnalyzer(String code) {
        return code.equals(UNDETERMINED) ? new StandardAnalyzer(CharArraySet.EMPTY_SET) : ANALYZERS.get(code).get();
    }

    /** Lower-case primary subtag; Norwegian Bokmål/Nynorsk as "no", old codes as their new ones; blank as "und". */
    public static String normalize(String language) {
        if (language == null || language.isBlank()) {
            return UNDETERMINED;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < code.length() && code.charAt(cut) >= 'a' && code.charAt(cut) <= 'z') {
            cut++;
        }
        code = code.substring(0, cut);
        return switch (code) {
            case "nb", "nn", "nor" -> "no";
            case "in" -> "id";
            case "iw" -> "he";
            case "cz" -> "cs";
            case "" -> UNDETERMINED;
            default -> code;
        };
    }
}
