package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Term ids are dense, in order of first sight, and equal exactly for equal terms. */
class TermIdsTest {

    private static int id(TermIds ids, String term) {
        char[] buffer = (term + "###").toCharArray(); // the analyzer's buffer is longer than its term
        return ids.idOf(buffer, term.length());
    }

    @Test
    void collidingHashesStillGetTheirOwnIds() {
        TermIds ids = new TermIds();
        assertThat(id(ids, "Aa")).isEqualTo(0);
        assertThat(id(ids, "BB")).isEqualTo(1); // same 31-polynomial hash as "Aa"
        assertThat(id(ids, "Aa")).isEqualTo(0);
        assertThat(id(ids, "BB")).isEqualTo(1);
        assertThat(id(ids, "AaAa")).isEqualTo(2);
        assertThat(id(ids, "BBBB")).isEqualTo(3);
        assertThat(id(ids, "")).isEqualTo(4);
        assertThat(ids.size()).isEqualTo(5);
    }

    @Test
    void agreesWithAMapOverManyTerms() {
        TermIds ids = new TermIds();
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder term = new StringBuilder();
            for (int k = 1 + random.nextInt(random.nextInt(20) + 1); k > 0; k--) {
                term.append((char) ('a' + random.nextInt(random.nextBoolean() ? 3 : 26)));
            }
            String t = term.toString();
            int want = expected.computeIfAbsent(t, x -> expected.size());
            assertThat(id(ids, t)).as(t).isEqualTo(want);
        }
        assertThat(ids.size()).isEqualTo(expected.size()).isGreaterThan(10_000);
    }
}
