package dev.precis.text;

import java.util.Arrays;

/**
 * What a language's analyzer makes of each surface word seen so far: none, one or (rarely) several
 * terms. An open-addressing table whose slots hold a word's hash, where its characters start, its
 * length and its term count; the word's characters and then its terms (each a length character
 * followed by its characters) sit together in one char array. A hit reads one slot and one run of
 * characters. Bounded: when it holds {@code maxWords}, it starts again empty (the frequent words
 * come back at once). Not thread-safe: one per thread and language.
 */
final class TermCache {

    /** Ints per slot: hash, start of the word's characters + 1 (0: free), length << 16 | term count. */
    private static final int SLOT = 3;

    private final int maxWords;
    private int[] slots;
    private int mask;                // slot count - 1
    private char[] chars;
    private int used;
    private int words;
    private int pendingHash;         // of the entry begun last
    private int pendingStart;
    private int pendingLength;
    private int pendingTerms;
    private int found;               // term count of the word found or added last

    TermCache(int maxWords) {
        this.maxWords = maxWords;
        clear();
    }

    private void clear() {
        slots = new int[256 * SLOT];
        mask = 255;
        chars = new char[4096];
        used = 0;
        words = 0;
    }

    /**
     * Where the terms of word {@code text[from, to)} start in {@link #chars()}, or -1 when the word
     * has not been seen; {@link #terms} then says how many there are.
     */
    int find(char[] text, int from, int to, int hash) {
        int length = to - from;
        char[] c = chars;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int at = slot * SLOT;
            int start = slots[at + 1] - 1;
            if (start < 0) {
                return -1;
            }
            int info = slots[at + 2];
            if (slots[at] == hash && info >>> 16 == length && same(c, start, text, from, length)) {
                found = info & 0xFFFF;
                return start + length;
            }
        }
    }

    /** How many terms the word found last has. */
    int terms() {
        return found;
    }

    private static boolean same(char[] a, int from, char[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (a[from + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /** Starts an entry for word {@code text[from, to)}; its terms follow with {@link #addTerm}, then {@link #end}. */
    void begin(char[] text, int from, int to, int hash) {
        if (words >= maxWords) {
            clear();
        }
        pendingHash = hash;
        pendingLength = to - from;
        pendingStart = append(text, from, to - from);
        pendingTerms = 0;
    }

    /** Adds a term (at most 65,535 characters; the tokenizer's are at most 255) to the entry begun last. */
    void addTerm(char[] buffer, int offset, int length) {
        if (used == chars.length) {
            chars = Arrays.copyOf(chars, 2 * chars.length);
        }
        chars[used++] = (char) length;
        append(buffer, offset, length);
        pendingTerms++;
    }

    /** Publishes the entry begun last; returns where its terms start, as {@link #find} does. */
    int end() {
        int slot = pendingHash & mask;
        while (slots[slot * SLOT + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        int at = slot * SLOT;
        slots[at] = pendingHash;
        slots[at + 1] = pendingStart + 1;
        slots[at + 2] = pendingLength << 16 | pendingTerms;
        found = pendingTerms;
        if (2 * ++words > mask + 1) {
            grow();
        }
        return pendingStart + pendingLength;
    }

    /** The characters of all words and terms: a term at {@code i} is {@code chars[i]} long and starts at {@code i + 1}. */
    char[] chars() {
        return chars;
    }

    int size() {
        return words;
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
        slots = new int[2 * old.length];
        mask = 2 * mask + 1;
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + 1] != 0) {
                int slot = old[at] & mask;
                while (slots[slot * SLOT + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, at, slots, slot * SLOT, SLOT);
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
