package dev.precis.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The metadata scores of ../shared/eval/cleaning/score_meta.py, computed in Java for the quality floor:
 * per field, the share of pages with a true value whose prediction equals it after normalisation
 * (NFKC, quotes and dashes unified, case-folded, whitespace collapsed; dates: first 10 characters), and
 * the share of pages without one where a value was given anyway.
 */
record MetaScores(Field title, Field author, Field published) {

    record Field(int withTruth, int exact, int withoutTruth, int spurious) {

        double exactShare() {
            return withTruth == 0 ? 0 : (double) exact / withTruth;
        }

        double spuriousShare() {
            return withoutTruth == 0 ? 0 : (double) spurious / withoutTruth;
        }
    }

    /** The truth of a WCXB page: its {@code <id>.meta.json}. */
    record Truth(String pageType, String title, String author, String published) {

        @SuppressWarnings("unchecked")
        static Truth of(Path metaJson) throws IOException {
            Map<String, Object> m = (Map<String, Object>) Json.parseAll(Files.readString(metaJson, StandardCharsets.UTF_8)).get(0);
            return new Truth(string(m.get("page_type")), string(m.get("title")), string(m.get("author")),
                    string(m.get("publish_date")));
        }

        private static String string(Object o) {
            return o instanceof String s ? s : null;
        }
    }

    record Page(Truth truth, PageMetadata predicted) {
    }

    static MetaScores score(List<Page> pages) {
        return new MetaScores(field(pages, Truth::title, PageMetadata::title, false),
                field(pages, Truth::author, PageMetadata::author, false),
                field(pages, Truth::published, PageMetadata::published, true));
    }

    private static Field field(List<Page> pages, Function<Truth, String> truthOf, Function<PageMetadata, String> predictedOf,
            boolean date) {
        int with = 0, exact = 0, without = 0, spurious = 0;
        for (Page p : pages) {
            String truth = norm(truthOf.apply(p.truth()));
            String predicted = norm(predictedOf.apply(p.predicted()));
            if (date) {
                truth = truth.substring(0, Math.min(10, truth.length()));
                predicted = predicted.substring(0, Math.min(10, predicted.length()));
            }
            if (!truth.isEmpty()) {
                with++;
                exact += truth.equals(predicted) ? 1 : 0;
            } else {
                without++;
                spurious += predicted.isEmpty() ? 0 : 1;
            }
        }
        return new Field(with, exact, without, spurious);
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u00a0', ' ');
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
