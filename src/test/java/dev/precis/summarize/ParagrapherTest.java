package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ParagrapherTest {

    private final Paragrapher paragrapher = new Paragrapher();

    private static Paragrapher.Piece piece(int words, int paragraph, int... terms) {
        return new Paragrapher.Piece("w".repeat(1) + words + "p" + paragraph + ".", words, paragraph, terms);
    }

    @Test
    void shortSummaryStaysOneParagraph() {
        List<Paragrapher.Piece> pieces = List.of(piece(25, 0, 1), piece(25, 3, 2), piece(25, 7, 3));
        assertEquals(1, paragrapher.group(pieces, 3).size());
    }

    @Test
    void splitsOnlyAtSourceBreaksAndBalances() {
        // six sentences of 40 words; source paragraphs 0,0,0,1,1,1 and all sentences share a term
        List<Paragrapher.Piece> pieces = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pieces.add(piece(40, i / 3, 1));
        }
        List<String> out = paragrapher.group(pieces, 3);
        assertEquals(2, out.size(), "one legal cut only");
        assertTrue(out.get(0).endsWith("p0.") && out.get(1).startsWith("w40p1."), out.toString());
    }

    @Test
    void topicChangeIsALegalCut() {
        List<Paragrapher.Piece> pieces = List.of(piece(50, 0, 1, 2), piece(50, 0, 2, 3), piece(50, 0, 7, 8),
                piece(50, 0, 8, 9));
        List<String> out = paragrapher.group(pieces, 4);
        assertEquals(2, out.size());
    }

    @Test
    void neverMoreThanMaxAndNeverEmpty() {
        Random rnd = new Random(5);
        for (int k = 0; k < 500; k++) {
            List<Paragrapher.Piece> pieces = new ArrayList<>();
            int n = rnd.nextInt(30);
            int para = 0;
            for (int i = 0; i < n; i++) {
                para += rnd.nextInt(3);
                pieces.add(piece(1 + rnd.nextInt(60), para, rnd.nextInt(5)));
            }
            int max = 1 + rnd.nextInt(5);
            List<String> out = paragrapher.group(pieces, max);
            assertTrue(out.size() <= max);
            assertEquals(n == 0, out.isEmpty());
            for (String p : out) {
                assertFalse(p.isBlank());
            }
            assertEquals(pieces.stream().map(Paragrapher.Piece::text).reduce((a, b) -> a + " " + b).orElse(""),
                    String.join(" ", out), "order and content kept");
        }
    }
}
