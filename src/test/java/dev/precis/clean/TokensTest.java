package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The in-buffer lower-cased words are exactly the runs of letters, each lower-cased as a string. */
class TokensTest {

    /** The plain definition: a StringBuilder per run of letters and marks, lower-cased as a whole. */
    private static List<String> reference(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                cur.appendCodePoint(cp);
            } else if (cur.length() > 0) {
                out.add(cur.toString().toLowerCase(Locale.ROOT));
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> inBuffer(String line) {
        Tokens.LowerWords w = Tokens.LowerWords.of(line);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < w.count; k++) {
            out.add(w.word(k));
        }
        return out;
    }

    @Test
    void agreesWithLowerCasingEachRunOnEdgeCasesAndEveryEvaluationLine() throws IOException {
        List<String> lines = new ArrayList<>(List.of("", "a", "A b", "l'homme d'État", "İİİİİİİİ", "xİ İx İİ-İİ",
                "ΟΔΟΣ ΟΔΟΣ'Β ΣΑΣ.", "e\u0301te\u0301 cafe\u0301", "Straße STRASSE", "東京 は 大きい", "😀 emoji 😀x",
                "\uD835\uDC00\uD835\uDC01 math letters", "MIXED Case ÀÉÎ"));
        for (Path dir : List.of(Path.of("../shared/eval/cleaning/dev"), Path.of("../shared/eval/summaries/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(Files.readString(f).lines().toList());
                }
            }
        }
        for (String line : lines) {
            assertThat(inBuffer(line)).as(line).isEqualTo(reference(line));
        }
    }
}
