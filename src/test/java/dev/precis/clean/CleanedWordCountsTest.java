package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.precis.text.WordCounter;

import org.junit.jupiter.api.Test;

/**
 * The cleaner reports the words in and kept from its per-line counts instead of counting the text
 * twice more; those sums must be what counting the whole text gives, on every evaluation page.
 */
class CleanedWordCountsTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final WordCounter counter = new WordCounter();

    @Test
    void wordsInAndKeptEqualCountingTheWholeText() throws IOException {
        int pages = 0;
        for (Path dir : List.of(Path.of("../shared/eval/cleaning/dev"), Path.of("../shared/eval/summaries/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> !p.toString().endsWith(".gold.txt")).sorted().toList()) {
                    String content = Files.readString(f, StandardCharsets.UTF_8);
                    ArticleCleaner.Format format = ArticleCleaner.Format.detect(f.toString(), content);
                    CleanedText cleaned = cleaner.clean(content, format);
                    assertThat(cleaned.wordsIn()).as("words in: %s", f).isEqualTo(counter.count(content));
                    assertThat(cleaned.words()).as("words kept: %s", f).isEqualTo(counter.count(cleaned.text()));
                    pages++;
                }
            }
        }
        assertThat(pages).isGreaterThan(600);
        // mixed line ends, blank lines, a script ICU counts (CJK), white space at the ends of lines
        String mixed = "第一段文字。\r\n\r\n  Second line has words here, and more of them follow.  \u2028Third\tline.\n";
        CleanedText cleaned = cleaner.clean(mixed, ArticleCleaner.Format.TEXT);
        assertThat(cleaned.wordsIn()).isEqualTo(counter.count(mixed));
    }
}
