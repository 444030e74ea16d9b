package dev.precis.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * "Which of these groups of strings occur in the text?" in one pass: an Aho-Corasick automaton.
 * Each character of the text is one step; for ASCII characters (most text) the step is one lookup
 * in a dense table, others follow the failure links. Used as a necessary-condition prefilter in
 * front of long regular-expression alternations, which otherwise try every alternative at every
 * position of every line.
 */
public final class Literals {

    private static final int ASCII = 128;

    /**
     * ASCII transitions, complete (failures folded in), indexed by the state's row (state * width)
     * plus the character's class. An entry is the next state's row, bit-inverted (negative) when
     * literals end at that state: one load per character, and one sign test for "anything found?".
     */
    private final int[] ascii;
    /**
     * The class of each ASCII character: its own for each character that occurs in a literal, 0 for
     * all others (they all lead back to the start). Rows are as wide as there are classes, so the
     * table stays small enough for the cache.
     */
    private final byte[] asciiClass = new byte[ASCII];
    private final int width;
    /** Other characters: the trie's own transitions per state (sorted keys), then the failure link. */
    private final char[][] otherKeys;
    private final int[][] otherNext;
    private final int[] fail;
    /** Groups (bit g for group g) of the literals that end at each state, including by failure. */
    private final int[] groupsEndingAt;
    /** The same literals one by one: their groups and lengths (for where they start). */
    private final int[][] endingGroup;
    private final int[][] endingLength;
    private final int allGroups;

    /** One group: {@link #foundIn} tells whether any of the literals occurs. */
    public Literals(String... literals) {
        this(new String[][] {literals});
    }

    /** Several groups: {@link #groupsIn} tells which groups (bit g for group g) have a literal in a text. */
    public Literals(String[]... groups) {
        if (groups.length > 31) {
            throw new IllegalArgumentException("at most 31 groups");
        }
        // the trie
        List<Map<Character, Integer>> children = new ArrayList<>();
        List<Integer> output = new ArrayList<>();
        List<List<int[]>> ends = new ArrayList<>(); // per state: {group, length} of each literal ending there
        children.add(new TreeMap<>());
        output.add(0);
        ends.add(new ArrayList<>());
        for (int g = 0; g < groups.length; g++) {
            for (String s : groups[g]) {
                if (s.isEmpty()) {
                    throw new IllegalArgumentException("empty literal would match everything");
                }
                int state = 0;
                for (int i = 0; i < s.length(); i++) {
                    Integer next = children.get(state).get(s.charAt(i));
                    if (next == null) {
                        next = children.size();
                        children.add(new TreeMap<>());
                        output.add(0);
                        ends.add(new ArrayList<>());
                        children.get(state).put(s.charAt(i), next);
                    }
                    state = next;
                }
                output.set(state, output.get(state) | 1 << g);
                ends.get(state).add(new int[] {g, s.length()});
            }
        }
        int states = children.size();
        fail = new int[states];
        groupsEndingAt = new int[states];
        endingGroup = new int[states][];
        endingLength = new int[states][];
        int[] asciiNext = new int[states * ASCII];
        otherKeys = new char[states][];
        otherNext = new int[states][];
        // failure links and complete ASCII transitions, breadth first (a state's failure is shallower)
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int f = fail[state];
            groupsEndingAt[state] = output.get(state) | (state == 0 ? 0 : groupsEndingAt[f]);
            // the literals ending here: this state's own, then those of its failure
            List<int[]> own = ends.get(state);
            int inherited = state == 0 ? 0 : endingGroup[f].length;
            endingGroup[state] = new int[own.size() + inherited];
            endingLength[state] = new int[own.size() + inherited];
            for (int k = 0; k < own.size(); k++) {
                endingGroup[state][k] = own.get(k)[0];
                endingLength[state][k] = own.get(k)[1];
            }
            if (state != 0) {
                System.arraycopy(endingGroup[f], 0, endingGroup[state], own.size(), inherited);
                System.arraycopy(endingLength[f], 0, endingLength[state], own.size(), inherited);
                // where the failure goes, this state goes too, unless it has a child of its own
                System.arraycopy(asciiNext, f * ASCII, asciiNext, state * ASCII, ASCII);
            }
            Map<Character, Integer> next = children.get(state); // a TreeMap: children in order of their character
            int others = 0;
            for (Map.Entry<Character, Integer> e : next.entrySet()) {
                char c = e.getKey();
                int child = e.getValue();
                if (c < ASCII) {
                    fail[child] = state == 0 ? 0 : asciiNext[f * ASCII + c];
                    asciiNext[state * ASCII + c] = child;
                } else {
                    others++;
                }
                queue.add(child);
            }
            otherKeys[state] = new char[others];
            otherNext[state] = new int[others];
            int k = 0;
            for (Map.Entry<Character, Integer> e : next.entrySet()) {
                char c = e.getKey();
                if (c >= ASCII) {
                    int child = e.getValue();
                    otherKeys[state][k] = c;
                    otherNext[state][k++] = child;
                    fail[child] = state == 0 ? 0 : step(f, c);
                }
            }
        }
        char[] representative = new char[ASCII + 1];
        int classes = 1;
        for (char c = 0; c < ASCII; c++) {
            if (inSomeLiteral(groups, c)) {
                asciiClass[c] = (byte) classes;
                representative[classes++] = c;
            } else {
                representative[0] = c; // any one of them: none is in a literal, all go to the start
            }
        }
        width = classes;
        ascii = new int[states * width];
        for (int state = 0; state < states; state++) {
            for (int cls = 0; cls < width; cls++) {
                ascii[state * width + cls] = row(asciiNext[state * ASCII + representative[cls]]);
            }
        }
        allGroups = (1 << groups.length) - 1;
    }

    private static boolean inSomeLiteral(String[][] groups, char c) {
        for (String[] group : groups) {
            for (String literal : group) {
                if (literal.indexOf(c) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A state's entry in {@link #ascii}: its row, inverted when literals end there. */
    private int row(int state) {
        return groupsEndingAt[state] != 0 ? ~(state * width) : state * width;
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
        int[] table = ascii;
        int row = 0;
        int found = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int next = c < ASCII ? table[row + asciiClass[c]] : row(step(row / width, c));
            if (next >= 0) {
                row = next;
                continue;
            }
            row = ~next;
            found |= groupsEndingAt[row / width];
            if (anyWillDo || found == allGroups) {
                return found;
            }
        }
        return found;
    }

    /**
     * Every occurrence of every literal in the text, in one pass: its start and its group, in the
     * order in which the occurrences end (a start may repeat when two literals start at one place).
     * A text without any literal costs no allocation.
     */
    public Starts startsIn(String text) {
        int[] starts = null;
        int[] ends = null;
        int[] groups = null;
        int count = 0;
        int row = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int next = c < ASCII ? ascii[row + asciiClass[c]] : row(step(row / width, c));
            if (next >= 0) {
                row = next;
                continue;
            }
            row = ~next;
            int state = row / width;
            for (int k = 0; k < endingGroup[state].length; k++) {
                if (starts == null) {
                    starts = new int[4];
                    ends = new int[4];
                    groups = new int[4];
                } else if (count == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * count);
                    ends = Arrays.copyOf(ends, 2 * count);
                    groups = Arrays.copyOf(groups, 2 * count);
                }
                starts[count] = i + 1 - endingLength[state][k];
                ends[count] = i + 1;
                groups[count++] = endingGroup[state][k];
            }
        }
        return count == 0 ? Starts.NONE : new Starts(starts, ends, groups, count);
    }

    /** The occurrences found by {@link #startsIn}: start {@code i} belongs to group {@code groups[i]}. */
    public static final class Starts {
        static final Starts NONE = new Starts(new int[0], new int[0], new int[0], 0);
        private final int[] starts;
        private final int[] ends;
        private final int[] groups;
        private final int count;

        private Starts(int[] starts, int[] ends, int[] groups, int count) {
            this.starts = starts;
            this.ends = ends;
            this.groups = groups;
            this.count = count;
        }

        /** How many occurrences there are; occurrence {@code k} is {@code [start(k), end(k))} of {@code group(k)}. */
        public int count() {
            return count;
        }

        public int start(int k) {
            return starts[k];
        }

        public int end(int k) {
            return ends[k];
        }

        public int group(int k) {
            return groups[k];
        }

        /** Whether a literal of the group occurs. */
        public boolean any(int group) {
            for (int i = 0; i < count; i++) {
                if (groups[i] == group) {
                    return true;
                }
            }
            return false;
        }

        /** The starts of the group's occurrences. */
        public int[] of(int group) {
            int[] out = new int[count];
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (groups[i] == group) {
                    out[n++] = starts[i];
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

    /** The transition on a non-ASCII character: the trie's own, else the failure's. */
    private int step(int state, char c) {
        while (true) {
            int k = Arrays.binarySearch(otherKeys[state], c);
            if (k >= 0) {
                return otherNext[state][k];
            }
            if (state == 0) {
                return 0;
            }
            state = fail[state];
        }
    }
}
