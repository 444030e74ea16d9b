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

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // French: bylines, stamps, captions, "read more" lines, video titles and credits
        "fr | Par Jean Dupont et Marie Martin | BOILERPLATE",
        "fr | Par ailleurs, le gouvernement a décidé de reporter la réforme. | DEPENDENT",
        "fr | Par la suite le maire a démissionné | PROSE",
        "fr | Publié le 12 mars 2019 à 10h20 | BOILERPLATE",
        "fr | Mis à jour le 12/03/2019 | BOILERPLATE",
        "fr | Le rapport publié le 3 mars montre une hausse du chômage. | PROSE",
        "fr | Photo d'illustration : un camion sur l'autoroute | BOILERPLATE",
        "fr | Lire aussi : la réforme des retraites adoptée | BOILERPLATE",
        "fr | À lire aussi sur le même sujet | BOILERPLATE",
        "fr | Un camion se fait couper en deux par un train (vidéo)par Non Stop Zapping | BOILERPLATE",
        "fr | Le ministre a inauguré la nouvelle gare (Photo AFP / Jean Dupont) | BOILERPLATE",
        "fr | Il a ajouté que la décision était définitive. | DEPENDENT",
        "fr | Le maire de Lyon a présenté son budget lundi. | PROSE",
        "fr | « Nous ne céderons pas », a déclaré le ministre. | PROSE",
        "fr | Paris (AFP) - | BOILERPLATE",
        // German
        "de | Von Max Mustermann und Erika Musterfrau | BOILERPLATE",
        "de | Von Berlin aus fuhr der Zug weiter nach Hamburg und dann nach Kiel. | PROSE",
        "de | Veröffentlicht am 12.03.2019 um 10:20 Uhr | BOILERPLATE",
        "de | Foto: dpa | BOILERPLATE",
        "de | Lesen Sie auch: Die neue Regierung steht | BOILERPLATE",
        "de | Mehr zum Thema | BOILERPLATE",
        "de | Video: So sah der Unfall aus | BOILERPLATE",
        "de | Der Minister besuchte die Baustelle (Foto: dpa/Max Mustermann) | BOILERPLATE",
        "de | Er sagte, die Entscheidung sei endgültig. | DEPENDENT",
        "de | Die Stadt Hamburg plant einen neuen Hafen. | PROSE",
        "de | „Wir geben nicht auf“, sagte der Minister. | QUOTE",
        // Spanish
        "es | Por Juan García y María López | BOILERPLATE",
        "es | Lee también: el gobierno aprueba la reforma | BOILERPLATE",
        "es | Sin embargo, el presidente rechazó la propuesta. | DEPENDENT",
        "es | El gobierno aprobó la reforma el martes. | PROSE",
        // an undetermined language gets no English word rules, only the language-neutral ones
        "und | By Jane Doe for MailOnline | PROSE",
        "und | He said the plan would fail. | PROSE",
        "und | © 2019 Example Media | BOILERPLATE",
        "und | LONDON (Reuters) - | BOILERPLATE",
    })
    void classifiesWithTheCuesOfTheLanguage(String language, String sentence, SentenceKind expected) {
        Cues cues = Cues.forLanguage(language);
        assertEquals(expected, SentenceKind.of(sentence, cues), sentence);
        assertEquals(expected, SentenceKind.of(sentence.toLowerCase(Locale.ROOT), cues), "lower-cased");
    }

    @org.junit.jupiter.api.Test
    void theGermanQuoteScanAgreesWithItsRegex() {
        java.util.regex.Pattern german = java.util.regex.Pattern.compile("[,.!?;:…]\\s*[\"”’'»“‘]");
        for (String s : java.util.List.of("„wir geben nicht auf“, sagte er", "„ja.“ nein", "er sagte: „ja“", "a,‘", "kein zitat")) {
            assertEquals(german.matcher(s).find(), SentenceKind.quoteClosesInside(s, Cues.GERMAN.closingQuotes()), s);
        }
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
