package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast scan must count exactly what ICU's word boundaries count. */
class WordCounterTests {

    private final WordCounter counter = new WordCounter();

    @ParameterizedTest
    @ValueSource(strings = {
        "Putin's 3.5 billion — \"destructive\" position.", "U.S. a.m. e.g., 3,000.50; 1.5.", "don't rock 'n' roll",
        "e-mail co-operate -- ok", "abc.5 5.abc a:b 3:4 x·y 1;2 a;b", "Zürich, Köln & Škoda – naïve café",
        "Москва: «Президент» заявил 12 мая.", "Ελλάδα, 2024. Αθήνα’s", "soft\u00ADhyphen zero\u200Bspace", " ... ' ’ . ,",
        "end. ", "1,234,567 items", "a..b a,,b 1..2", "‘quoted’ “double”", "x\u0301y combining", "tab\tand\nnewline",
    })
    void scanAgreesWithIcuOnTrickyText(String text) {
        int fast = WordCounter.scan(text);
        assertThat(fast).as("fast path used").isNotNegative();
        assertThat(fast).isEqualTo(counter.countWithIcu(text));
    }

    @Test
    void otherScriptsGoToIcu() {
        assertThat(WordCounter.scan("北京市今天下雨")).isNegative();
        assertThat(counter.count("北京市今天下雨")).isEqualTo(counter.countWithIcu("北京市今天下雨")).isPositive();
        assertThat(WordCounter.scan("snake_case")).isNegative();
    }

    @Test
    void scanAgreesWithIcuOnEveryEvaluationText() throws IOException {
        int texts = 0;
        for (Path dir : List.of(Path.of("../shared/eval/summaries/dev"), Path.of("../shared/eval/cleaning/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readAllLines(p)) {
                        if (WordCounter.scan(line) >= 0) {
                            assertThat(WordCounter.scan(line)).as(p + ": " + line).isEqualTo(counter.countWithIcu(line));
                            texts++;
                        }
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(10_000);
    }
}
