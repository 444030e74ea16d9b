package dev.precis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Which of these groups of strings occur in the text?" in one pass. Each position looks up the
 * literals that start with its two characters and tests only those: a 2 KB bitmap of the ASCII
 * pairs that start any literal answers "none" for most positions without touching the table of
 * literals; literals that do not start with two ASCII characters are found through a map by first
 * character. Used as a necessary-condition prefilter in front of long regular-expression
 * alternations, which otherwise try every alternative at every position of every line.
 */
public final class Literals {

    private static final int PAIRS = 128 * 128;

    /** Bit i set when the ASCII pair i (first * 128 + second) starts a literal. */
    private final long[] pairStarts = new long[PAIRS / 64];
    private final Entry[] asciiPairs = new Entry[PAIRS];
    /** Literals whose first character is ASCII and second is not. */
    private final Entry[] asciiFirst = new Entry[128];
    /** Literals whose first character is not ASCII. */
    private final Map<Character, Entry> otherFirst = new HashMap<>();
    /** One-character literals and their groups. */
    private final char[] singles;
    private final int[] singleGroups;
    private final int allGroups;

    /**
     * The literals that start at one place, and the group (bit) of each; {@code third*} are the
     * ASCII characters that may come third (bit c of low for c < 64, of high for 64..127), and
     * {@code anyThird} is set when some literal ends after two characters or goes on with a
     * non-ASCII one: most positions whose pair matches are ruled out by the third character.
     */
    private record Entry(String[] literals, int[] groups, long thirdLow, long thirdHigh, boolean anyThird) {

        boolean mayStartAt(String text, int i) {
            if (anyThird) {
                return true;
            }
            if (i + 2 >= text.length()) {
                return false;
            }
            char c = text.charAt(i + 2);
            return c < 64 ? (thirdLow & (1L << c)) != 0 : c < 128 && (thirdHigh & (1L << (c - 64))) != 0;
        }
    }

    /** One group: {@link #foundIn} tells whether any of the literals occurs. */
    public Literals(String... literals) {
        this(new String[][] {literals});
    }

    /** Several groups: {@link #groupsIn} tells which groups (bit g for group g) have a literal in a text. */
    public Literals(String[]... groups) {
        if (groups.length > 31) {
            throw new IllegalArgumentException("at most 31 groups");
        }
        Map<Integer, List<Object[]>> pairs = new HashMap<>();
        Map<Character, List<Object[]>> mixed = new HashMap<>();
        Map<Character, List<Object[]>> other = new HashMap<>();
        StringBuilder single = new StringBuilder();
        List<Integer> singleGroupList = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            for (String s : groups[g]) {
                if (s.isEmpty()) {
                    throw new IllegalArgumentException("empty literal would match everything");
                }
                Object[] literal = {s, 1 << g};
                char c = s.charAt(0);
                if (s.length() == 1) {
                    single.append(c);
                    singleGroupList.add(1 << g);
                } else if (c >= 128) {
                    other.computeIfAbsent(c, k -> new ArrayList<>()).add(literal);
                } else if (s.charAt(1) >= 128) {
                    mixed.computeIfAbsent(c, k -> new ArrayList<>()).add(literal);
                } else {
                    pairs.computeIfAbsent(c * 128 + s.charAt(1), k -> new ArrayList<>()).add(literal);
                }
            }
        }
        pairs.forEach((k, list) -> {
            asciiPairs[k] = entry(list);
            pairStarts[k >>> 6] |= 1L << (k & 63);
        });
        mixed.forEach((c, list) -> asciiFirst[c] = entry(list));
        other.forEach((c, list) -> otherFirst.put(c, entry(list)));
        singles = single.toString().toCharArray();
        singleGroups = singleGroupList.stream().mapToInt(Integer::intValue).toArray();
        allGroups = (1 << groups.length) - 1;
    }

    private static Entry entry(List<Object[]> list) {
        String[] literals = list.stream().map(o -> (String) o[0]).toArray(String[]::new);
        long low = 0;
        long high = 0;
        boolean any = false;
        for (String s : literals) {
            if (s.length() < 3 || s.charAt(2) >= 128) {
                any = true;
            } else if (s.charAt(2) < 64) {
                low |= 1L << s.charAt(2);
            } else {
                high |= 1L << (s.charAt(2) - 64);
            }
        }
        return new Entry(literals, list.stream().mapToInt(o -> (Integer) o[1]).toArray(), low, high, any);
    }

    /** Whether any literal (of any group) occurs in the text. */
    public boolean foundIn(String text) {
        return scan(text, true) != 0;
    }

    /** The groups with a literal in the text, as bits (group g is bit g). */
    public int groupsIn(String text) {
        return scan(text, false);
    }

    private int scan(String text, boolean anyWillDo) {
        boolean anyOther = !otherFirst.isEmpty();
        int found = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            for (int k = 0; k < singles.length; k++) {
                if (c == singles[k]) {
                    found |= singleGroups[k];
                }
            }
            if (c < 128) {
                if (i + 1 < n) {
                    char d = text.charAt(i + 1);
                    if (d < 128) {
                        int pair = c * 128 + d;
                        if ((pairStarts[pair >>> 6] & (1L << (pair & 63))) != 0 && asciiPairs[pair].mayStartAt(text, i)) {
                            found |= matchesAt(asciiPairs[pair], text, i, found);
                        }
                    } else if (asciiFirst[c] != null) {
                        found |= matchesAt(asciiFirst[c], text, i, found);
                    }
                }
            } else if (anyOther) {
                found |= matchesAt(otherFirst.get(c), text, i, found);
            }
            if (found != 0 && (anyWillDo || found == allGroups)) {
                return found;
            }
        }
        return found;
    }

    /** The groups, not yet found, of the literals of {@code e} that start at {@code i}. */
    private static int matchesAt(Entry e, String text, int i, int found) {
        int groups = 0;
        if (e != null) {
            for (int k = 0; k < e.literals().length; k++) {
                if ((found & e.groups()[k]) == 0 && text.startsWith(e.literals()[k], i)) {
                    groups |= e.groups()[k];
                }
            }
        }
        return groups;
    }
}
