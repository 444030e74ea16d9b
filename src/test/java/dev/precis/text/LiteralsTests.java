package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The automaton answers exactly what String.contains over every literal answers. */
class LiteralsTests {

    private static final String[][] GROUPS = {
            {"subscri", "sign up", "cookie", "share ", "0:", "9:", "©", "reply", "s'abonner", "publicité", "подписаться", "订阅", "广告"},
            {"photo", "( ", "(ap", ", left", "caption", "aab", "ab"},
            {"é", "ée", "a", "xyz"}};

    private static int naive(String[][] groups, String text) {
        int found = 0;
        for (int g = 0; g < groups.length; g++) {
            for (String s : groups[g]) {
                if (text.contains(s)) {
                    found |= 1 << g;
                }
            }
        }
        return found;
    }

    @Test
    void agreesWithContainsOnTrickyAndRandomTexts() {
        Literals literals = new Literals(GROUPS);
        List<String> texts = new ArrayList<>(List.of("", "a", "aaab", "xaab", "ab", "b", "sign u", "sign up", "10:30",
                "©", "x©", "publicit", "publicité!", "publicitée", "订", "订阅", "广", "广告", "подписатьс", "ée", "éé",
                "see a photo (ap) , left", "( a", "s'abonner", "s'abonne", "cooki", "cookies", "share", "shar share "));
        Random random = new Random(42);
        String alphabet = "abcdeéilnoprsuxyz ,:(0123456789©订阅广告подписать'";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(25); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        int matched = 0;
        for (String text : texts) {
            int expected = naive(GROUPS, text);
            assertThat(literals.groupsIn(text)).as(text).isEqualTo(expected);
            assertThat(literals.foundIn(text)).as(text).isEqualTo(expected != 0);
            matched += expected == 0 ? 0 : 1;
            Literals.Starts found = literals.startsIn(text);
            for (int g = 0; g < GROUPS.length; g++) {
                java.util.Set<Integer> starts = new java.util.TreeSet<>();
                for (String s : GROUPS[g]) {
                    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
                        starts.add(i);
                    }
                }
                assertThat(new java.util.TreeSet<>(java.util.Arrays.stream(found.of(g)).boxed().toList()))
                        .as("group %d in %s", g, text).isEqualTo(starts);
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }

    @Test
    void agreesWithContainsOnEveryEvaluationLine() throws IOException {
        List<String> words = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Path dir : List.of(Path.of("../shared/eval/cleaning/dev"), Path.of("../shared/eval/summaries/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Files.readString(f, StandardCharsets.UTF_8).lines().map(l -> l.toLowerCase(Locale.ROOT)).forEach(lines::add);
                }
            }
        }
        // literals taken from the data itself: every 97th word and word pair, so many of them overlap
        for (int i = 0; i < lines.size(); i += 97) {
            String[] w = lines.get(i).split(" ");
            if (w.length > 2) {
                words.add(w[1]);
                words.add(w[1] + " " + w[2]);
            }
        }
        words.removeIf(String::isEmpty);
        String[][] groups = {words.subList(0, words.size() / 2).toArray(String[]::new),
                words.subList(words.size() / 2, words.size()).toArray(String[]::new)};
        Literals literals = new Literals(groups);
        for (String line : lines) {
            assertThat(literals.groupsIn(line)).as(line).isEqualTo(naive(groups, line));
        }
    }

    @Test
    void rejectsAnEmptyLiteral() {
        assertThatThrownBy(() -> new Literals("a", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
