package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "By Jane Doe for MailOnline | BOILERPLATE",
        "By Jane Doe and John Roe, Reuters | BOILERPLATE",
        "Published: 10:22 EST, 3 April 2015 | BOILERPLATE",
        "Pictured: the minister leaves Downing Street | BOILERPLATE",
        "Posted: 3 April 2015 | BOILERPLATE",
        "Last updated at 09:15 GMT | BOILERPLATE",
        "The ministry released new photo credit: Jane Doe | BOILERPLATE",
        "The minister said: we will not give up. | PROSE",
        "The minister leaves Downing Street on Monday (Getty Images) | BOILERPLATE",
        "Click here for all the latest news. | BOILERPLATE",
        "Scroll down for video. | BOILERPLATE",
        "LONDON, England (CNN) -- | BOILERPLATE",
        "By the end of the season he will be back playing. | PROSE",
        "He said the plan would fail. | DEPENDENT",
        "However, the council voted for it. | DEPENDENT",
        "This was the third attempt. | DEPENDENT",
        "'We will win,' he said. | QUOTE",
        "It was very hard to keep her attention,\" she told reporters. | QUOTE",
        "\"The plan is dead. | QUOTE",
        "The council voted for the plan on Tuesday. | PROSE",
        "Leicester’s captain was ‘absolutely appalled’ by the decision. | PROSE",
        "Theresa May met the president. | PROSE",
        "Bythorn council met on Monday. | PROSE",
    })
    void classifies(String sentence, SentenceKind expected) {
        assertEquals(expected, SentenceKind.of(sentence));
        assertEquals(expected, SentenceKind.of(sentence.toLowerCase(Locale.ROOT)), "lower-cased");
        assertEquals(expected, SentenceKind.of(sentence.toUpperCase(Locale.ROOT)), "upper-cased");
    }

    @org.junit.jupiter.api.Test
    void theQuoteScanAgreesWithItsRegexOnEveryEvaluationSentence() throws java.io.IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(
                "he said, 'no'", "yes .\t\"", "a\u2026\u201d", "x' y", "\"", "'", ". '", "no: \u00bb", "a,  \n\u2019b", "a,b'"));
        for (java.nio.file.Path dir : java.util.List.of(java.nio.file.Path.of("../shared/eval/cleaning/dev"),
                java.nio.file.Path.of("../shared/eval/summaries/dev"))) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    java.nio.file.Files.readString(f).lines().map(l -> l.toLowerCase(Locale.ROOT)).forEach(texts::add);
                }
            }
        }
        int quotes = 0;
        for (String s : texts) {
            boolean regex = SentenceKind.quoteInsideRegex(s);
            assertEquals(regex, SentenceKind.quoteClosesInside(s), s);
            quotes += regex ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(quotes > 500, "quotations found: " + quotes);
    }
}
