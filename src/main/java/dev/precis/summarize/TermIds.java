package dev.precis.summarize;

import java.util.Arrays;

/**
 * Dense ids for the distinct terms of one article (0, 1, 2, ... in order of first sight), looked
 * up straight from the analyzer's buffer. An open-addressing table over the terms' hashes, with
 * the characters of all terms in one array: no String, no boxed id and no array per term, which
 * a general map (Lucene's CharArrayMap) costs on every one of an article's hundreds of terms.
 * Not thread-safe: one per article.
 */
final class TermIds {

    private int[] slotId = new int[256];     // id + 1; 0 = free
    private int[] slotHash = new int[256];
    private char[] chars = new char[1024];
    private int[] start = new int[129];      // term i is chars[start[i], start[i + 1])
    private int size;

    int size() {
        return size;
    }

    /** The id of term {@code buffer[0, length)}, made the next id when the term is new. */
    int idOf(char[] buffer, int length) {
        return idOf(buffer, 0, length);
    }

    /** The id of term {@code buffer[offset, offset + length)}, made the next id when the term is new. */
    int idOf(char[] buffer, int offset, int length) {
        int h = hash(buffer, offset, length);
        int mask = slotId.length - 1;
        int slot = h & mask;
        for (int id; (id = slotId[slot]) != 0; slot = (slot + 1) & mask) {
            if (slotHash[slot] == h && sameTerm(id - 1, buffer, offset, length)) {
                return id - 1;
            }
        }
        int id = add(buffer, offset, length);
        slotId[slot] = id + 1;
        slotHash[slot] = h;
        if (2 * size > slotId.length) {
            grow();
        }
        return id;
    }

    private int add(char[] buffer, int offset, int length) {
        if (size + 2 > start.length) {
            start = Arrays.copyOf(start, 2 * start.length);
        }
        int from = start[size];
        if (from + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, from + length));
        }
        System.arraycopy(buffer, offset, chars, from, length);
        start[size + 1] = from + length;
        return size++;
    }

    private boolean sameTerm(int id, char[] buffer, int offset, int length) {
        int from = start[id];
        return start[id + 1] - from == length && Arrays.equals(chars, from, from + length, buffer, offset, offset + length);
    }

    private void grow() {
        int[] ids = slotId;
        int[] hashes = slotHash;
        slotId = new int[2 * ids.length];
        slotHash = new int[2 * ids.length];
        int mask = slotId.length - 1;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != 0) {
                int slot = hashes[i] & mask;
                while (slotId[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slotId[slot] = ids[i];
                slotHash[slot] = hashes[i];
            }
        }
    }

    /** A 31-polynomial hash, spread so that the low bits (the slot) depend on every character. */
    private static int hash(char[] buffer, int offset, int length) {
        int h = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + buffer[i];
        }
        return h * 0x9E3779B9 ^ (h >>> 16);
    }
}
