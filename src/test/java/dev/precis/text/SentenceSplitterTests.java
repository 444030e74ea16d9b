package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsAbbreviationsInsideSentences() {
        assertThat(splitter.split("Orban met U.S. President-elect Donald Trump. Gen. Jones spoke in Calif. on Monday. "
                + "He left at 3 p.m. The talks went on."))
                .containsExactly("Orban met U.S. President-elect Donald Trump.", "Gen. Jones spoke in Calif. on Monday.",
                        "He left at 3 p.m.", "The talks went on.");
    }

    @Test
    void splitsOrdinarySentencesAndCountsWords() {
        assertThat(splitter.split("One two three. Four five? Six!")).containsExactly("One two three.", "Four five?", "Six!");
        WordCounter words = new WordCounter();
        assertThat(words.count("Putin's 3.5 billion — \"destructive\" position.")).isEqualTo(5);
        assertThat(words.count("   ")).isZero();
    }
}
