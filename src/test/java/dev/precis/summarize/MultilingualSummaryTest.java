package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.precis.clean.ArticleCleaner;
import dev.precis.clean.CleanedText;
import dev.precis.text.TextAnalysis;

/**
 * German and Spanish behaviour, on the German and Spanish pages of the cleaning benchmark (there is
 * no reference summary set in these languages): each page is cleaned as the job cleans it, then
 * summarized with the language the cleaner detected. The summary keeps the budget and the contract,
 * is never empty, is chosen with that language's analysis, and every sentence in it holds content
 * terms of that language (no pick made of stop words only).
 */
class MultilingualSummaryTest {

    private static final Path PAGES = Path.of("../shared/eval/cleaning/trafilatura-dev");
    private static final Map<String, CharArraySet> STOP_WORDS = Map.of(
            "de", GermanAnalyzer.getDefaultStopSet(), "es", SpanishAnalyzer.getDefaultStopSet());
    /** what a stemmer does to a common word of each language, as a check that the analysis stems */
    private static final Map<String, List<String>> STEMMED = Map.of(
            "de", List.of("Häuser", "haus"), "es", List.of("ciudadanos", "ciudadan"));

    private final CoverageSummarizer summarizer = new CoverageSummarizer();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @ParameterizedTest
    @ValueSource(strings = {"de", "es"})
    void summariesAreMadeWithTheLanguagesOwnAnalysis(String language) throws IOException {
        assertTrue(Files.isDirectory(PAGES), "the cleaning pages are missing: " + PAGES.toAbsolutePath());
        List<String> ids = Files.readAllLines(PAGES.resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("id\t"))
                .map(l -> l.split("\t"))
                .filter(f -> f[3].equals(language))
                .map(f -> f[0]).sorted().toList();
        int summarized = 0;
        int detected = 0;
        for (String id : ids) {
            String text = Files.readString(PAGES.resolve(id + ".txt"), StandardCharsets.UTF_8);
            CleanedText cleaned = cleaner.clean(text, ArticleCleaner.Format.TEXT);
            if (!cleaned.language().equals(language)) {
                continue; // counted below: the cleaner must agree on nearly all pages
            }
            detected++;
            if (cleaned.words() == 0) {
                continue;
            }
            SummaryRequest request = new SummaryRequest(60, 2, 0.35, cleaned.language());
            TextAnalysis analysis = summarizer.analysisFor(request);
            assertEquals(language, analysis.language(), id);
            assertTrue(analysis.removesFunctionWords(), id);
            assertEquals(List.of(STEMMED.get(language).get(1)), analysis.terms(STEMMED.get(language).get(0)), id);

            Summary summary = summarizer.summarize(cleaned.paragraphs(), request);
            List<Integer> used = SummaryChecks.check(cleaned.paragraphs(), request, summary, id);
            assertFalse(summary.paragraphs().isEmpty(), id + ": empty summary");
            assertTrue(summary.words() > 0 && summary.words() <= 60, id + ": " + summary.words() + " words");
            assertFalse(used.isEmpty(), id);
            List<String> sentences = SummaryChecks.sentences(cleaned.paragraphs(), language).stream()
                    .map(Datelines::strip).toList();
            for (int i : used) {
                String sentence = summary.limit() == Summary.Limit.CUT_SENTENCE ? summary.text() : sentences.get(i);
                assertFalse(analysis.terms(sentence).isEmpty(), id + ": a sentence without content terms was chosen: " + sentence);
                // ...and it was not a run of the language's stop words with stray punctuation
                assertTrue(contentWords(sentence, STOP_WORDS.get(language)) > 0, id + ": " + sentence);
            }
            summarized++;
        }
        assertTrue(detected >= 0.9 * ids.size(), language + ": detected on " + detected + " of " + ids.size() + " pages");
        assertTrue(summarized >= (language.equals("de") ? 250 : 15), language + ": only " + summarized + " pages summarized");
    }

    /** words (letters only, lower-case) that are not in the stop set */
    private static int contentWords(String sentence, CharArraySet stop) {
        int n = 0;
        for (String w : sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !stop.contains(w)) {
                n++;
            }
        }
        return n;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es"})
    void theLanguagesStopWordsDoNotDecideTheChoice(String language) {
        // Two sentences of equal length: the first repeats only the language's function words of the
        // lead, the second its content. With the language's analysis, the content sentence wins; an
        // English analysis would count "der"/"und" or "los"/"del" as content and could not tell them apart.
        List<String> article = language.equals("de")
                ? List.of("Der Stadtrat hat den Bau des neuen Hafens in Kiel beschlossen und die Kosten gesenkt.",
                        "Das ist aber auch nicht mehr so, wie es der eine oder der andere von uns hat.",
                        "Der Bau des Hafens in Kiel kostet nach den Plänen des Stadtrats weniger.",
                        "Viele Bürger waren am Abend in die Halle gekommen, um die Debatte zu hören.")
                : List.of("El ayuntamiento aprobó la construcción del nuevo puerto de Valencia y redujo los costes.",
                        "Eso es lo que no es para los que no son de los que son de aquí.",
                        "La construcción del puerto de Valencia costará menos según los planes del ayuntamiento.",
                        "Muchos vecinos acudieron por la tarde al salón para escuchar el debate.");
        SummaryRequest request = new SummaryRequest(32, 1, 1.0, language);
        Summary summary = summarizer.summarize(article, request);
        List<Integer> used = SummaryChecks.check(article, request, summary, language);
        assertFalse(used.contains(1), language + ": a stop-word sentence was chosen: " + summary.text());
        assertTrue(used.contains(0), summary.text());
        Set<Integer> allowed = Set.of(0, 2, 3);
        assertTrue(allowed.containsAll(used), summary.text());
    }
}
