package dev.precis.clean;

import java.util.Arrays;

/**
 * Lines that recur verbatim across the files of one run: site furniture (menus, legal notices,
 * "About the company" blocks) repeats from page to page, a story's sentences do not. The job
 * counts, over the run's distinct files, in how many files each line occurs ({@link Counter}),
 * and the cleaner drops kept lines that recur ({@link ArticleCleaner}): a short or unfinished
 * line once it is in two files, a whole sentence only once it is in three (two related stories may
 * share a sentence, furniture repeats on every page).
 * Lines are identified by a 64-bit hash of the stripped line, so the set stays small.
 */
public final class RunLines {

    /** No run-level evidence (a single file, or a caller that has none). */
    public static final RunLines NONE = new RunLines(new long[0], new int[0]);

    private final long[] sorted;
    private final int[] documents;
    /**
     * Where each bucket of hashes starts in {@code sorted}, by the hash's top {@code bucketBits}
     * bits: the hashes are uniform, so a lookup searches about one entry instead of log2(size)
     * scattered ones (a large run has millions of recurring lines; every kept paragraph is looked up).
     */
    private final int[] bucketStart;
    private final int bucketBits;

    private RunLines(long[] sorted, int[] documents) {
        this.sorted = sorted;
        this.documents = documents;
        this.bucketBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(sorted.length)); // about one hash a bucket
        this.bucketStart = new int[(1 << bucketBits) + 1];
        int next = 0;
        for (int b = 0; b < bucketStart.length - 1; b++) {
            bucketStart[b] = next;
            while (next < sorted.length && bucket(sorted[next]) == b) {
                next++;
            }
        }
        bucketStart[bucketStart.length - 1] = sorted.length;
    }

    /** The bucket of a hash: its top bits, read as unsigned so that buckets follow the signed sort order. */
    private int bucket(long hash) {
        return (int) ((hash ^ Long.MIN_VALUE) >>> (64 - bucketBits));
    }

    private int indexOf(long hash) {
        int b = bucket(hash);
        return Arrays.binarySearch(sorted, bucketStart[b], bucketStart[b + 1], hash);
    }

    /** Line hashes and, at the same index, the number of documents each occurs in. */
    public static RunLines of(long[] hashes, int[] documents) {
        Integer[] order = new Integer[hashes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(hashes[a], hashes[b]));
        long[] h = new long[hashes.length];
        int[] d = new int[hashes.length];
        for (int i = 0; i < order.length; i++) {
            h[i] = hashes[order[i]];
            d[i] = documents[order[i]];
        }
        return new RunLines(h, d);
    }

    public boolean contains(String line) {
        return indexOf(hash(line)) >= 0;
    }

    /** In how many of the run's documents the line occurs (0 when it was not recorded as recurring). */
    public int documents(String line) {
        int i = indexOf(hash(line));
        return i >= 0 ? documents[i] : 0;
    }

    public int size() {
        return sorted.length;
    }

    public long[] hashes() {
        return sorted.clone();
    }

    public int[] documentCounts() {
        return documents.clone();
    }

    /** FNV-1a over the characters of the stripped line: deterministic across runs and machines. */
    public static long hash(String line) {
        String s = line.strip();
        return hash(s, 0, s.length());
    }

    private static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * Counts, per line, the number of documents it occurs in: an open-addressing table that grows
     * to at most {@code maxLines} distinct lines, after which new lines are no longer counted
     * (bounded memory at 100,000 files; the outcome is still deterministic for a given file order).
     */
    public static final class Counter {
        private static final long EMPTY = 0L;
        private final int maxLines;
        private long[] keys = new long[1 << 12];
        private int[] counts = new int[1 << 12];
        private int size;

        public Counter(int maxLines) {
            this.maxLines = maxLines;
        }

        /** Adds one document: each distinct non-blank line counts once. */
        public void addDocument(String text) {
            addDistinctLines(distinctLines(text));
        }

        /**
         * {@link #distinctLines} of an article body as {@link ArticleCleaner} splits plain text: at
         * every line break it knows, the line and paragraph separators U+2028 and U+2029 included
         * (which {@code String.lines()} does not split at). Give it the decoded, normalised body the
         * cleaner gets, so that the counts are of the very lines the cleaner looks up.
         */
        public static long[] distinctCleanerLines(String body) {
            String text = body;
            for (char c : OTHER_LINE_BREAKS.toCharArray()) {
                if (text.indexOf(c) >= 0) {
                    for (char d : OTHER_LINE_BREAKS.toCharArray()) {
                        text = text.replace(d, '\n');
                    }
                    break;
                }
            }
            return distinctLines(text);
        }

        /**
         * The plain-text line breaks besides \n and \r (which {@link #distinctLines} splits at): VT, FF,
         * NEL and the line and paragraph separators. {@link ArticleCleaner} splits at the same.
         */
        static final String OTHER_LINE_BREAKS = "\u000B\f\u0085\u2028\u2029";

        /**
         * The hashes of a document's distinct non-blank lines, in order of first occurrence: the
         * part of {@link #addDocument} that needs no shared state, so callers can compute it in parallel.
         */
        public static long[] distinctLines(String text) {
            // String.lines() and hash(line) without a string per line: lines end at \n, \r or \r\n;
            // each is hashed over its stripped range, blank ones are skipped
            int n = text.length();
            long[] out = new long[16];
            int count = 0;
            long[] seen = new long[64]; // open addressing, 0 = free (a zero hash is stored as 1)
            int seenSize = 0;
            // Most files have no '\r': their lines are found with indexOf, the JDK's vectorised scan.
            boolean carriageReturns = text.indexOf('\r') >= 0;
            for (int start = 0; start < n; ) {
                int end;
                if (carriageReturns) {
                    end = start;
                    while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                        end++;
                    }
                } else {
                    end = text.indexOf('\n', start);
                    end = end < 0 ? n : end;
                }
                int from = start, to = end;
                while (from < to) { // String.strip(): Character.isWhitespace by code point
                    char c = text.charAt(from);
                    int cp = c < 0x80 ? c : text.codePointAt(from);
                    if (!(c < 0x80 ? isAsciiWhitespace(c) : Character.isWhitespace(cp))) {
                        break;
                    }
                    from += Character.charCount(cp);
                }
                while (to > from) {
                    char c = text.charAt(to - 1);
                    int cp = c < 0x80 ? c : text.codePointBefore(to);
                    if (!(c < 0x80 ? isAsciiWhitespace(c) : Character.isWhitespace(cp))) {
                        break;
                    }
                    to -= Character.charCount(cp);
                }
                if (from < to) {
                    long h = hash(text, from, to);
                    long key = h == EMPTY ? 1 : h;
                    if ((seenSize + 1) * 2 > seen.length) {
                        seen = rehash(seen);
                    }
                    int slot = find(seen, key);
                    if (seen[slot] != key) {
                        seen[slot] = key;
                        seenSize++;
                        if (count == out.length) {
                            out = Arrays.copyOf(out, count * 2);
                        }
                        out[count++] = h;
                    }
                }
                start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            }
            return Arrays.copyOf(out, count);
        }

        /** {@code Character.isWhitespace} for ASCII: space, \t to \r, and the separators U+001C to U+001F. */
        private static boolean isAsciiWhitespace(char c) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }

        private static long[] rehash(long[] table) {
            long[] bigger = new long[table.length * 2];
            for (long k : table) {
                if (k != EMPTY) {
                    bigger[find(bigger, k)] = k;
                }
            }
            return bigger;
        }

        /** Adds one document given as {@link #distinctLines} of it. */
        public void addDistinctLines(long[] seen) {
            for (long h : seen) {
                increment(h == EMPTY ? 1 : h);
            }
        }

        /** The lines that occur in at least {@code minDocuments} documents. */
        public RunLines repeated(int minDocuments) {
            long[] out = new long[size];
            int[] docs = new int[size];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != EMPTY && counts[i] >= minDocuments) {
                    out[n] = keys[i];
                    docs[n++] = counts[i];
                }
            }
            return RunLines.of(Arrays.copyOf(out, n), Arrays.copyOf(docs, n));
        }

        private void increment(long h) {
            int slot = find(keys, h);
            if (keys[slot] == h) {
                counts[slot]++;
                return;
            }
            if (size >= maxLines) {
                return;
            }
            if ((size + 1) * 2 > keys.length) {
                grow();
                slot = find(keys, h);
            }
            keys[slot] = h;
            counts[slot] = 1;
            size++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = find(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        private static int find(long[] table, long h) {
            int mask = table.length - 1;
            int slot = (int) (h ^ (h >>> 32)) * 0x9E3779B9 & mask;
            while (table[slot] != EMPTY && table[slot] != h) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
