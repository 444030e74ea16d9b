package dev.precis.clean;

import java.util.List;
import java.util.Locale;

/**
 * Tiny tokenizers for features. They run on every line of every file, so they scan characters
 * into reusable buffers instead of splitting with regular expressions or making a string of each
 * token.
 */
final class Tokens {

    private Tokens() {
    }

    /** A combining mark: the vowel signs of Devanagari, Bengali, Tamil... are part of their words. */
    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** The whitespace of {@code \s} in Java's regular expressions: space, tab, line ends, VT, FF. */
    static boolean isAsciiSpace(char c) {
        return c <= ' ' && (SPACES & (1L << c)) != 0;
    }

    /** Bit c set for each of those characters. */
    private static final long SPACES = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\u000B' | 1L << '\f' | 1L << '\r';

    /**
     * The lower-cased runs of letters of a line, side by side in one buffer: run {@code k} is
     * {@code chars[start(k) .. end(k))}. Apostrophes split ("l'homme" gives "l", "homme"), which is
     * what French and Italian stop sets expect for elided articles. ASCII runs are lower-cased
     * character by character; a run with other characters goes through
     * {@code String.toLowerCase(Locale.ROOT)}, as a whole, so context rules (the Greek final sigma)
     * apply exactly as they would to the run as a string.
     */
    static final class LowerWords {
        char[] chars;
        int[] ends;
        int count;
        /** The words' stop-set bits in the family {@code bitsOf}, once looked up (null before). */
        private int[] bits;
        private StopWords.Family bitsOf;

        static LowerWords of(String line) {
            LowerWords w = new LowerWords();
            // letters are copied at most once each; only lower-casing a non-ASCII run may lengthen it
            // (U+0130 becomes two chars), and then the buffer grows
            w.chars = new char[line.length() + 1];
            w.ends = new int[line.length() / 2 + 2];
            int len = 0;          // chars in the buffer
            int runStart = 0;     // where the current run starts in the buffer
            boolean ascii = true;
            for (int i = 0, n = line.length(); i <= n; ) {
                int cp = i < n ? line.codePointAt(i) : ' ';
                i += i < n ? Character.charCount(cp) : 1;
                if (cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))) {
                    w.chars[len++] = (char) (cp | 0x20);
                } else if (cp >= 0x80 && (Character.isLetter(cp) || isMark(cp))) {
                    len += Character.toChars(cp, w.chars, len);
                    ascii = false;
                } else if (len > runStart) {
                    if (!ascii) {
                        String lower = new String(w.chars, runStart, len - runStart).toLowerCase(Locale.ROOT);
                        if (runStart + lower.length() + (n - i) + 1 > w.chars.length) {
                            w.chars = java.util.Arrays.copyOf(w.chars, runStart + lower.length() + (n - i) + 1);
                        }
                        lower.getChars(0, lower.length(), w.chars, runStart);
                        len = runStart + lower.length();
                    }
                    w.ends[w.count++] = len;
                    runStart = len;
                    ascii = true;
                }
            }
            return w;
        }

        int start(int k) {
            return k == 0 ? 0 : ends[k - 1];
        }

        int length(int k) {
            return ends[k] - start(k);
        }

        String word(int k) {
            return new String(chars, start(k), length(k));
        }

        /** Per word, the family's stop-set membership bits; looked up once per family and kept. */
        int[] stopBits(StopWords.Family family) {
            if (bitsOf != family) {
                int[] b = new int[count];
                for (int k = 0; k < count; k++) {
                    b[k] = family.bits(chars, start(k), length(k));
                }
                bits = b;
                bitsOf = family;
            }
            return bits;
        }
    }

    /** The lower-cased words of each line of a page, made on first use and kept for the next user. */
    static final class PerLine {
        private final List<String> lines;
        private final LowerWords[] words;

        PerLine(List<String> lines) {
            this.lines = lines;
            this.words = new LowerWords[lines.size()];
        }

        LowerWords get(int i) {
            LowerWords w = words[i];
            if (w == null) {
                w = LowerWords.of(lines.get(i));
                words[i] = w;
            }
            return w;
        }
    }
}
