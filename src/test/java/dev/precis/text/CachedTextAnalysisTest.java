package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cached analysis gives exactly the terms of the language's Lucene analyzer, so summaries (and
 * ROUGE) cannot change: in every language {@link Languages} analyses word by word, on the evaluation
 * text of that language, on a sample of all evaluation text, and on generated text in every language
 * (its own stop words, made-up words in its script, and the elisions, possessives, apostrophes,
 * numbers, connectors, marks and joiners the analyzers' filters treat specially). Most of that text
 * must take the fast path, so the comparison is not between Lucene and itself.
 */
class CachedTextAnalysisTest {

    static Stream<String> cachedLanguages() {
        return Stream.concat(Languages.analysedLanguages().stream(), Stream.of(Languages.UNDETERMINED))
                .filter(code -> !Languages.WHOLE_SENTENCE.contains(code)).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cachedLanguages")
    void termsAreTheAnalyzersOnAllTextOfTheLanguage(String language) throws IOException {
        TextAnalysis cached = new Languages().forLanguage(language);
        assertThat(cached).isInstanceOf(CachedTextAnalysis.class);
        Analyzer reference = Languages.newAnalyzer(language);
        List<String> texts = new ArrayList<>();
        int page = 0;
        for (EvalText.Page p : EvalText.pages()) {
            boolean own = p.language().equals(language);
            if (own || page++ % 23 == 0) { // the language's own pages, and every 23rd of the rest
                for (String line : p.lines()) {
                    texts.add(line);
                    texts.addAll(cached.sentences(line));
                }
            }
        }
        texts.addAll(generated());
        int fast = 0;
        for (String text : texts) {
            assertThat(cached.terms(text)).as("%s: %s", language, text).isEqualTo(terms(reference, text));
            if (StandardTokens.scan(text.toCharArray(), text.length(), new StandardTokens.Bounds()) >= 0) {
                fast++;
            }
        }
        assertThat(texts).hasSizeGreaterThan(5_000);
        assertThat(fast).as("texts on the fast path").isGreaterThan(texts.size() * 9 / 10);
    }

    @Test
    void aSmallCacheThatStartsAgainGivesTheSameTerms() throws IOException {
        TextAnalysis small = new CachedTextAnalysis("en", Languages.newAnalyzer("en"), new SentenceSplitter("en"), true, 50);
        Analyzer reference = Languages.newAnalyzer("en");
        int lines = 0;
        for (EvalText.Page p : EvalText.pages().subList(0, 60)) {
            for (String line : p.lines()) {
                assertThat(small.terms(line)).as(line).isEqualTo(terms(reference, line));
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(1000);
    }

    @Test
    void threadsShareTheAnalysisButNotTheirCaches() throws Exception {
        TextAnalysis shared = new Languages().forLanguage("de");
        Analyzer reference = Languages.newAnalyzer("de");
        List<String> lines = EvalText.pages().stream().filter(p -> p.language().equals("de")).limit(80)
                .flatMap(p -> p.lines().stream()).toList();
        List<List<String>> expected = lines.stream().map(l -> terms(reference, l)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < lines.size(); i++) {
                        int k = (i * 7 + offset * 13) % lines.size();
                        assertThat(shared.terms(lines.get(k))).isEqualTo(expected.get(k));
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void persianJoinersSplitAWordAsTheAnalyzersCharFilterDoes() {
        TextAnalysis persian = new Languages().forLanguage("fa");
        String text = "کتاب\u200Cها را می\u200Cخواهم"; // "ها", "را" and "می" are stop words once split off
        assertThat(StandardTokens.scan(text.toCharArray(), text.length(), new StandardTokens.Bounds())).isEqualTo(3);
        assertThat(persian.terms(text)).isEqualTo(terms(Languages.newAnalyzer("fa"), text)).hasSize(2);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        new LuceneTextAnalysis("", analyzer, null, true)
                .forEachTerm(text, (buffer, offset, length) -> out.add(new String(buffer, offset, length)));
        return out;
    }

    private static List<String> generated;

    /** Sentences in every analysed language, made from its stop words and letters; and the tricky forms. */
    static synchronized List<String> generated() {
        if (generated != null) {
            return generated;
        }
        List<String> out = new ArrayList<>();
        Random random = new Random(41);
        String[] forms = {"l'homme d'État aujourd'hui", "L’Europe qu’il", "John's JOHN'S James' o'clock rock'n'roll",
            "U.S. e.g. A.B.C 3,000.50 1.234,5 12:30 3.5km", "snake_case __init__ t-shirt e-mail", "Straße STRASSE Ströme Äpfel",
            "İstanbul'da IĞDIR Ankara’nın ılık", "ΟΔΟΣ ὁδός Αθήνας σοφός", "naïve cafe\u0301 Zeit\u00ADung", "می\u200Cخواهم ١٢٣ ۴۵",
            "col·lecció l'Ajuntament", "’s-Hertogenbosch zee-eend", "n-athair t-uisce h-Éireann mBaile an tSionainn",
            "дѣло Ёлка ЁЛКА ещё", "पुस्तकें ४५ किताबें", "বাংলা ১২৩", "தமிழ் நாடு", "తెలుగు భాష", "Հայաստան", "ქართული",
            "d'un dell'anno nell’ultimo all'Italia", "x\u0301y a\u200Db 1\u20E3"};
        for (String form : forms) {
            out.add(form);
            out.add(form.toUpperCase(java.util.Locale.ROOT));
        }
        for (String code : new TreeSet<>(Languages.analysedLanguages())) {
            Analyzer analyzer = Languages.newAnalyzer(code);
            if (!(analyzer instanceof StopwordAnalyzerBase base) || base.getStopwordSet().isEmpty()) {
                continue;
            }
            List<String> stops = new ArrayList<>(new TreeSet<>(base.getStopwordSet().stream()
                    .map(w -> w instanceof char[] c ? new String(c) : w.toString()).toList()));
            String letters = String.join("", stops);
            for (int s = 0; s < 40; s++) {
                StringBuilder sentence = new StringBuilder();
                for (int w = 0; w < 12; w++) {
                    String word = random.nextInt(3) == 0 ? stops.get(random.nextInt(stops.size())) : madeUp(letters, random);
                    if (random.nextInt(8) == 0) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    } else if (random.nextInt(20) == 0) {
                        word = word.toUpperCase(java.util.Locale.ROOT);
                    }
                    sentence.append(word).append(switch (random.nextInt(12)) {
                        case 0 -> ", ";
                        case 1 -> "'s ";
                        case 2 -> "-";
                        case 3 -> "’";
                        case 4 -> " " + random.nextInt(10_000) + " ";
                        default -> " ";
                    });
                }
                out.add(sentence.toString().strip() + ".");
            }
        }
        generated = List.copyOf(out);
        return generated;
    }

    private static String madeUp(String letters, Random random) {
        StringBuilder word = new StringBuilder();
        for (int n = 2 + random.nextInt(9); n > 0; n--) {
            char c = letters.charAt(random.nextInt(letters.length()));
            if (!Character.isWhitespace(c)) {
                word.append(c);
            }
        }
        return word.isEmpty() ? "x" : word.toString();
    }
}
