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
 * twice more; those sums must be what counting the whole text gives, on every evaluation page. For a
 * page of HTML the words in are the words a reader sees, not those of its markup.
 */
class CleanedWordCountsTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final WordCounter counter = new WordCounter();

    @Test
    void wordsInAndKeptEqualCountingTheWholeText() throws IOException {
        int pages = 0;
        List<Double> ratios = new java.util.ArrayList<>();
        for (Path dir : List.of(Path.of("../shared/eval/cleaning/dev"), Path.of("../shared/eval/summaries/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> !p.toString().endsWith(".gold.txt")).sorted().toList()) {
                    String content = Files.readString(f, StandardCharsets.UTF_8);
                    ArticleCleaner.Format format = ArticleCleaner.Format.detect(f.toString(), content);
                    CleanedText cleaned = cleaner.clean(content, format);
                    if (format == ArticleCleaner.Format.HTML) {
                        // a page's words in are what a reader sees: its text, not its tags, scripts or styles
                        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(content);
                        doc.select("script, style, noscript, template, svg, head").remove();
                        int visible = counter.count(doc.text());
                        // (hidden elements and form controls are not seen either, so it may be less)
                        assertThat((double) cleaned.wordsIn()).as("words in: %s", f).isLessThanOrEqualTo(visible * 1.05)
                                .isGreaterThanOrEqualTo(cleaned.words());
                        ratios.add((double) cleaned.wordsIn() / Math.max(1, cleaned.words()));
                    } else {
                        assertThat(cleaned.wordsIn()).as("words in: %s", f).isEqualTo(counter.count(content));
                    }
                    assertThat(cleaned.words()).as("words kept: %s", f).isEqualTo(counter.count(cleaned.text()));
                    pages++;
                }
            }
        }
        assertThat(pages).isGreaterThan(600);
        // a news page shows its story and some furniture: the median page is well within twice its story
        assertThat(ratios.stream().sorted().toList().get(ratios.size() / 2)).isLessThan(2.0);
        // mixed line ends, blank lines, a script ICU counts (CJK), white space at the ends of lines
        String mixed = "第一段文字。\r\n\r\n  Second line has words here, and more of them follow.  \u2028Third\tline.\n";
        CleanedText cleaned = cleaner.clean(mixed, ArticleCleaner.Format.TEXT);
        assertThat(cleaned.wordsIn()).isEqualTo(counter.count(mixed));
    }
}
