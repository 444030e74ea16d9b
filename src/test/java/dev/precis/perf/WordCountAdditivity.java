package dev.precis.perf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.precis.text.SentenceSplitter;
import dev.precis.text.WordCounter;

/**
 * Checks the premise of the word-count recommendation in bench/README-perf.md on a folder of
 * articles: is {@code count(text) == Σ count(line)} and {@code count(line) == Σ count(sentence)}
 * (sentences from {@link SentenceSplitter})? If both hold, counts can be computed once per line /
 * sentence and summed instead of re-running ICU over the whole text.
 *
 * <pre>java -cp target/classes:target/test-classes:$CP dev.precis.perf.WordCountAdditivity IN</pre>
 */
public final class WordCountAdditivity {

    private WordCountAdditivity() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        WordCounter counter = new WordCounter();
        SentenceSplitter splitter = new SentenceSplitter();
        long textMismatch = 0;
        long lineMismatch = 0;
        long lines = 0;
        String example = null;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int sumLines = 0;
            for (String line : text.split("\\R")) {
                String stripped = line.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                lines++;
                int c = counter.count(stripped);
                sumLines += c;
                int sumSentences = 0;
                for (String sentence : splitter.split(stripped)) {
                    sumSentences += counter.count(sentence);
                }
                if (sumSentences != c) {
                    lineMismatch++;
                    if (example == null) {
                        example = c + " vs " + sumSentences + ": " + stripped;
                    }
                }
            }
            if (sumLines != counter.count(text)) {
                textMismatch++;
            }
        }
        System.out.printf("files=%d text!=sum(lines): %d; lines=%d line!=sum(sentences): %d%n", files.size(), textMismatch,
                lines, lineMismatch);
        if (example != null) {
            System.out.println("first line mismatch: " + example);
        }
    }
}
