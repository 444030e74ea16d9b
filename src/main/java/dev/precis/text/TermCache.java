package dev.precis.text;

import java.util.Arrays;

/**
 * What a language's analyzer makes of each surface word seen so far: none, one or (rarely) several
 * terms. An open-addressing table over the words' hashes, with every word and term in one char array:
 * a hit costs a hash and a compare of the word's characters. Bounded: when it holds
 * {@code maxWords}, it starts again empty (frequent words come back at once). Not thread-safe: one per
 * thread and language.
 */
final class TermCache {

    private final int maxWords;
    private int[] slots;             // entry + 1; 0 = free
    private int[] slotHash;
    private char[] chars;            // word, then its terms, entry after entry
    private int used;
    private int[] wordStart;         // entry e: its word is chars[wordStart[e], wordStart[e] + wordLength[e])
    private int[] wordLength;
    private int[] firstTerm;         // entry e: terms firstTerm[e] .. firstTerm[e + 1] - 1
    private int[] termStart;         // term t: chars[termStart[t], termStart[t] + termLength[t])
    private int[] termLength;
    private int entries;
    private int terms;
    private int pendingHash;         // of the entry begun last

    TermCache(int maxWords) {
        this.maxWords = maxWords;
        clear();
    }

    private void clear() {
        slots = new int[256];
        slotHash = new int[256];
        chars = new char[4096];
        used = 0;
        wordStart = new int[128];
        wordLength = new int[128];
        firstTerm = new int[129];
        termStart = new int[128];
        termLength = new int[128];
        entries = 0;
        terms = 0;
    }

    /** The entry of word {@code text[from, to)}, or -1 when it has not been seen. */
    int find(char[] text, int from, int to, int hash) {
        int mask = slots.length - 1;
        int length = to - from;
        for (int slot = hash & mask, e; (e = slots[slot]) != 0; slot = (slot + 1) & mask) {
            e--;
            if (slotHash[slot] == hash && wordLength[e] == length
                    && Arrays.equals(chars, wordStart[e], wordStart[e] + length, text, from, to)) {
                return e;
            }
        }
        return -1;
    }

    /** Starts an entry for word {@code text[from, to)}; its terms follow with {@link #addTerm}, then {@link #end}. */
    int begin(char[] text, int from, int to, int hash) {
        if (entries >= maxWords) {
            clear();
        }
        if (entries + 1 >= wordStart.length) {
            int n = 2 * wordStart.length;
            wordStart = Arrays.copyOf(wordStart, n);
            wordLength = Arrays.copyOf(wordLength, n);
            firstTerm = Arrays.copyOf(firstTerm, n + 1);
        }
        int e = entries;
        wordStart[e] = append(text, from, to - from);
        wordLength[e] = to - from;
        firstTerm[e] = terms;
        pendingHash = hash;
        return e;
    }

    void addTerm(char[] buffer, int offset, int length) {
        if (terms >= termStart.length) {
            termStart = Arrays.copyOf(termStart, 2 * termStart.length);
            termLength = Arrays.copyOf(termLength, 2 * termLength.length);
        }
        termStart[terms] = append(buffer, offset, length);
        termLength[terms] = length;
        terms++;
    }

    /** Publishes the entry begun last. */
    void end() {
        int e = entries++;
        firstTerm[e + 1] = terms;
        int mask = slots.length - 1;
        int slot = pendingHash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = e + 1;
        slotHash[slot] = pendingHash;
        if (2 * entries > slots.length) {
            grow();
        }
    }

    int firstTerm(int entry) {
        return firstTerm[entry];
    }

    int endTerm(int entry) {
        return firstTerm[entry + 1];
    }

    char[] chars() {
        return chars;
    }

    int termStart(int term) {
        return termStart[term];
    }

    int termLength(int term) {
        return termLength[term];
    }

    int size() {
        return entries;
    }

    private int append(char[] from, int offset, int length) {
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + length));
        }
        System.arraycopy(from, offset, chars, used, length);
        int at = used;
        used += length;
        return at;
    }

    private void grow() {
        int[] old = slots;
        int[] oldHash = slotHash;
        slots = new int[2 * old.length];
        slotHash = new int[2 * old.length];
        int mask = slots.length - 1;
        for (int i = 0; i < old.length; i++) {
            if (old[i] != 0) {
                int slot = oldHash[i] & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = old[i];
                slotHash[slot] = oldHash[i];
            }
        }
    }

    /** A 31-polynomial hash of {@code text[from, to)}, spread so that the low bits depend on every character. */
    static int hash(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text[i];
        }
        return h * 0x9E3779B9 ^ (h >>> 16);
    }
}
