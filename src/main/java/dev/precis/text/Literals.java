package dev.precis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Does any of these strings occur in the text?" in one pass. Each position looks up the literals
 * that start with its two characters (a table for ASCII pairs; a map by first character otherwise)
 * and tests only those, so most positions cost one array read. Used as a necessary-condition
 * prefilter in front of long regular-expression alternations, which otherwise try every
 * alternative at every position of every line.
 */
public final class Literals {

    /** Literals by their first two characters, both ASCII (most of them). */
    private final String[][] asciiPairs = new String[128 * 128][];
    /** Literals whose first character is ASCII and second is not. */
    private final String[][] asciiFirst = new String[128][];
    /** Literals whose first character is not ASCII. */
    private final Map<Character, String[]> otherFirst = new HashMap<>();
    /** One-character literals. */
    private final char[] singles;

    public Literals(String... literals) {
        Map<Integer, List<String>> pairs = new HashMap<>();
        Map<Character, List<String>> mixed = new HashMap<>();
        Map<Character, List<String>> other = new HashMap<>();
        StringBuilder single = new StringBuilder();
        for (String s : literals) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty literal would match everything");
            }
            char c = s.charAt(0);
            if (s.length() == 1) {
                single.append(c);
            } else if (c >= 128) {
                other.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
            } else if (s.charAt(1) >= 128) {
                mixed.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
            } else {
                pairs.computeIfAbsent(c * 128 + s.charAt(1), k -> new ArrayList<>()).add(s);
            }
        }
        pairs.forEach((k, list) -> asciiPairs[k] = list.toArray(String[]::new));
        mixed.forEach((c, list) -> asciiFirst[c] = list.toArray(String[]::new));
        other.forEach((c, list) -> otherFirst.put(c, list.toArray(String[]::new)));
        singles = single.toString().toCharArray();
    }

    public boolean foundIn(String text) {
        boolean anyOther = !otherFirst.isEmpty();
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            for (char s : singles) {
                if (c == s) {
                    return true;
                }
            }
            if (c < 128) {
                if (i + 1 < n) {
                    char d = text.charAt(i + 1);
                    String[] candidates = d < 128 ? asciiPairs[c * 128 + d] : asciiFirst[c];
                    if (matchesAt(candidates, text, i)) {
                        return true;
                    }
                }
            } else if (anyOther && matchesAt(otherFirst.get(c), text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String[] candidates, String text, int i) {
        if (candidates != null) {
            for (String s : candidates) {
                if (text.startsWith(s, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
