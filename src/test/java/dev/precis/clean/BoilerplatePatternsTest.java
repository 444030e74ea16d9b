package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The literal prefilters in front of the chrome and caption patterns never change a verdict, and the
 * other languages' phrases are found at word boundaries only.
 */
class BoilerplatePatternsTest {

    @Test
    void phrasesOfOtherLanguagesAreFoundAtWordBoundaries() {
        assertThat(verdict("Diese Geschichte teilen") & BoilerplatePatterns.CHROME_BIT).isNotZero();
        assertThat(verdict("Partager sur Facebook") & BoilerplatePatterns.CHROME_BIT).isNotZero();
        assertThat(verdict("Lesezeit: 4 Minuten") & BoilerplatePatterns.CHROME_BIT).isNotZero();
        assertThat(verdict("Foto: dpa/Jane Doe") & BoilerplatePatterns.CAPTION_BIT).isNotZero();
        assertThat(verdict("Die Feuerwehr war mit drei Wagen vor Ort (Foto: Müller)") & BoilerplatePatterns.CAPTION_BIT).isNotZero();
        assertThat(verdict("Czytaj też: Rosja jest groźna") & BoilerplatePatterns.CHROME_BIT).isNotZero();
        assertThat(BoilerplatePatterns.isMarkerLower("das könnte sie auch interessieren", 5)).isTrue();
        assertThat(BoilerplatePatterns.isMarkerLower("à lire aussi", 3)).isTrue();
        assertThat(BoilerplatePatterns.isMarkerLower("kommentare", 1)).isTrue();
        // inside a longer word, or not at the start of the line, they say nothing
        assertThat(verdict("Das Anzeigenblatt erscheint wöchentlich.")).isZero();
        assertThat(verdict("Die Kommission reagierte mit Kommentaren zur Lage.")).isZero();
        assertThat(BoilerplatePatterns.isMarkerLower("viele kommentare", 2)).isFalse();
        assertThat(verdict("Ein Fotograf hielt die Szene fest.")).isZero();
    }

    private static int verdict(String line) {
        return BoilerplatePatterns.chromeAndCaptionLower(line.toLowerCase(Locale.ROOT));
    }

    @Test
    void prefilteredMatchingAgreesWithTheRegexOnEveryEvaluationLine() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "Subscribe now", "sign-up", "10:30 pm", "John says:", "reply", "© 2024", "订阅", "реклама новости",
                "3 of 12", "image 2 of 5", "caption", "Mark Esper, left, and his aide", "(AP Photo/Jane Doe)",
                "photo: getty", "Photographs by someone", "credit: reuters", "12 comments", "comments (4)",
                "terms of use", "privacy notice", "s'abonner", "publicité", "suscríbete", "( AP Photo )", "(\tafp)",
                "posted at 9:05am", "he wrote:", "( reuters / jane doe )", "getty images", "Werbung"));
        for (Path dir : List.of(Path.of("../shared/eval/cleaning/dev"), Path.of("../shared/eval/summaries/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Files.readString(f, StandardCharsets.UTF_8).lines().map(String::strip).forEach(lines::add);
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(20_000);
        int chrome = 0, caption = 0;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            int verdict = BoilerplatePatterns.patternsLower(lower);
            boolean c = BoilerplatePatterns.chromeRegex(lower);
            assertThat((verdict & BoilerplatePatterns.CHROME_BIT) != 0).as("chrome: %s", line).isEqualTo(c);
            boolean p = BoilerplatePatterns.captionRegex(lower);
            assertThat((verdict & BoilerplatePatterns.CAPTION_BIT) != 0).as("caption: %s", line).isEqualTo(p);
            chrome += c ? 1 : 0;
            caption += p ? 1 : 0;
        }
        // the comparison means something only if both patterns fire on many lines
        assertThat(chrome).isGreaterThan(100);
        assertThat(caption).isGreaterThan(50);
    }

    @Test
    void markerAndLinkShortcutsAgreeWithTheirRegexOnEveryEvaluationLine() throws IOException {
        List<String> lines = new ArrayList<>(List.of("Related", "12 comments", "comments", "More from the BBC", " dear reader",
                "About the author", "related stories", "Support independent journalism", "", "   "));
        List<String> tokens = new ArrayList<>(List.of("www.example.com", "WWW.X.ORG", "wxyz.", "http://a", "@name", "#tag",
                "a@b.c", "page.html", "x.PHP", "file.htm,", "a/b/c", "end.", "U.S.", "3.5", "e.g.", "wow.", ".com", "co.uk",
                "x.net)", "x.networks", "www."));
        for (Path dir : List.of(Path.of("../shared/eval/cleaning/dev"), Path.of("../shared/eval/summaries/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readString(f, StandardCharsets.UTF_8).lines().toList()) {
                        lines.add(line);
                        tokens.addAll(List.of(line.strip().split("[ \\t\\n\\x0B\\f\\r]+")));
                    }
                }
            }
        }
        int markers = 0;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            boolean regex = BoilerplatePatterns.markerRegex(lower);
            assertThat(BoilerplatePatterns.markerPatternLower(lower, 1)).as("marker: %s", line).isEqualTo(regex);
            markers += regex ? 1 : 0;
        }
        int links = 0;
        for (String token : tokens) {
            boolean regex = FeatureExtractor.linkRegex(token);
            assertThat(FeatureExtractor.looksLikeLink(token, 0, token.length())).as("link: %s", token).isEqualTo(regex);
            links += regex ? 1 : 0;
        }
        assertThat(markers).isGreaterThan(20);
        assertThat(links).isGreaterThan(100);
        assertThat(tokens).hasSizeGreaterThan(300_000);
    }
}
