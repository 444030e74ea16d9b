package dev.precis.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstructionParserTests {

    private final InstructionParser parser = new InstructionParser(5000, 50);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Summarize this content to 2000 words in 6 paragraphs | 2000 | 6    | null",
        "summarize this content to 75 words in 1 paragraph    | 75   | 1    | null",
        "SUMMARISE THIS TO UP TO 150 WORDS                      | 150  | null | null",
        "Summarize this content to about 1,200 words in 3 paragraphs | 1200 | 3 | null",
        "Summarize this content in at most 90 words, 2 paragraphs | 90 | 2  | null",
        "Summarize this content to 0 words in 2 paragraphs    | null | 2    | instruction's words 0 is not positive; default used",
        "Summarize this content to -5 words                   | null | null | instruction's words -5 is not positive; default used",
        "Summarize this content to many words in 2 paragraphs | null | 2    | instruction's words 'many' is not a number; default used",
        "Summarize this content to 99999999999999999999 words in 900 paragraphs | 5000 | 50 | instruction's words 99999999999999999999 capped at 5000; instruction's paragraphs 900 capped at 50",
    })
    void readsBudgetsAndExplainsWhatItIgnored(String line, Integer words, Integer paragraphs, String note) {
        Instruction instruction = parser.parse(line);
        assertThat(instruction.words()).isEqualTo(words);
        assertThat(instruction.paragraphs()).isEqualTo(paragraphs);
        assertThat(instruction.note()).isEqualTo(note);
        assertThat(instruction.present()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russian President Vladimir Putin on Wednesday discussed the war in Ukraine.",
        "The report summarizes 40 words of testimony in 3 paragraphs.",
        "news",
    })
    void storyLinesAreNotInstructions(String line) {
        assertThat(parser.isInstruction(line)).isFalse();
        assertThat(parser.parse(line)).isEqualTo(Instruction.NONE);
    }
}
