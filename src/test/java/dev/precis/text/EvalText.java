package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * All evaluation text, page by page with its language: the English and French summary dev sets,
 * the English cleaning pages and the multilingual trafilatura pages (language from their manifest).
 * Fails when the data is missing, so a test built on it cannot pass on nothing.
 */
final class EvalText {

    private static final Path EVAL = Path.of("../shared/eval");

    record Page(String name, String language, List<String> lines) {
    }

    private static List<Page> pages;

    private EvalText() {
    }

    static synchronized List<Page> pages() throws IOException {
        if (pages == null) {
            List<Page> all = new ArrayList<>();
            add(all, EVAL.resolve("summaries/dev"), Map.of(), "en");
            add(all, EVAL.resolve("summaries/fr-dev"), Map.of(), "fr");
            add(all, EVAL.resolve("cleaning/dev"), Map.of(), "en");
            Path trafilatura = EVAL.resolve("cleaning/trafilatura-dev");
            Map<String, String> languages = new HashMap<>();
            for (String row : Files.readAllLines(trafilatura.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
                String[] f = row.split("\t");
                if (!row.startsWith("#") && f.length > 3 && !f[0].equals("id")) {
                    languages.put(f[0], f[3]);
                }
            }
            add(all, trafilatura, languages, null);
            assertThat(all).as("evaluation pages under " + EVAL.toAbsolutePath()).hasSizeGreaterThan(1500);
            pages = List.copyOf(all);
        }
        return pages;
    }

    private static void add(List<Page> out, Path dir, Map<String, String> languages, String language) throws IOException {
        assertThat(dir).as("evaluation data").isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt") && !f.toString().endsWith(".gold.txt")).sorted().toList()) {
                String id = p.getFileName().toString().replace(".txt", "");
                String lang = language != null ? language : languages.getOrDefault(id, Languages.UNDETERMINED);
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
                out.add(new Page(dir.getFileName() + "/" + p.getFileName(), lang, lines));
            }
        }
    }
}
