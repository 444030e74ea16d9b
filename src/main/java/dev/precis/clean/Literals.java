package dev.precis.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Does any of these strings occur in the text?" in one pass: each position looks up the
 * literals that start with its character (a table for ASCII, a map otherwise) and tests only
 * those. Used as a necessary-condition prefilter in front of long regular-expression
 * alternations, which otherwise try every alternative at every position of every line.
 */
final class Literals {

    private final String[][] ascii = new String[128][];
    private final Map<Character, String[]> other = new HashMap<>();

    Literals(String... literals) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String s : literals) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty literal would match everything");
            }
            byFirst.computeIfAbsent(s.charAt(0), c -> new ArrayList<>()).add(s);
        }
        byFirst.forEach((c, list) -> {
            String[] array = list.toArray(String[]::new);
            if (c < 128) {
                ascii[c] = array;
            } else {
                other.put(c, array);
            }
        });
    }

    boolean foundIn(String text) {
        boolean anyOther = !other.isEmpty();
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            String[] candidates = c < 128 ? ascii[c] : anyOther ? other.get(c) : null;
            if (candidates != null) {
                for (String s : candidates) {
                    if (text.startsWith(s, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
