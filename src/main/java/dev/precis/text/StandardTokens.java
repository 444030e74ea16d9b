package dev.precis.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.VersionInfo;

/**
 * The word tokens Lucene's {@code StandardTokenizer} finds (UAX #29 word boundaries; a token is a
 * segment holding letters or digits), found by a direct scan of a char array instead of Lucene's
 * reader, scanner and attributes. Letters and digits join across one mid-letter or mid-number
 * character between two of a kind ("o'clock", "U.S", "3,000.5"), and through connector punctuation
 * ("snake_case"); combining marks and format characters stay with the character before them (WB4).
 *
 * <p>The scan handles the characters whose word-break class it knows to be the tokenizer's: every
 * character of the Basic Multilingual Plane that Unicode {@value #UNICODE_VERSION} already had, except
 * those the tokenizer treats specially (Hebrew letters and quotes, Han, kana and Hangul, the scripts
 * written without spaces, emoji and their components, regional indicators). Any other character makes
 * {@link #scan} answer -1, and the caller uses Lucene's own tokenizer for that text.
 * {@code StandardTokensTest} holds the two equal character by character and on all evaluation text.
 */
public final class StandardTokens {

    /** Tokens longer than this are cut by Lucene's tokenizer (its default maximum): the scan declines them. */
    static final int MAX_TOKEN_LENGTH = 255;
    /** The Unicode version of Lucene 9's tokenizer grammar (JFlex 1.8); newer characters are left to it. */
    static final String UNICODE_VERSION = "9.0";

    static final byte OTHER = 0;
    static final byte LETTER = 1;
    static final byte NUMERIC = 2;
    static final byte MID_LETTER = 3;
    static final byte MID_NUM_LET = 4;
    static final byte MID_NUM = 5;
    static final byte EXTEND_NUM_LET = 6;
    static final byte IGNORED = 7;
    /** A pictograph (©, ®, ‼, ⌚...): a token of its own, as Lucene's emoji rule makes it. */
    static final byte EMOJI = 8;
    static final byte UNSUPPORTED = 9;

    private static final VersionInfo NEWEST = VersionInfo.getInstance(UNICODE_VERSION);

    /** The classes of ASCII characters, read first. */
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (int c = 0; c < 0x80; c++) {
            ASCII[c] = computeClass(c);
        }
    }

    /** Classes by block of 256 characters, each block made on first use (a run touches a few blocks). */
    private static final byte[][] BLOCKS = new byte[256][];

    private StandardTokens() {
    }

    /**
     * The tokens of {@code text[0, length)} as pairs (start, end) in {@code bounds}, which grows as
     * needed and is returned through {@code out}; the token count, or -1 when the text needs Lucene's
     * tokenizer.
     */
    static int scan(char[] text, int length, Bounds out) {
        int count = 0;
        int start = -1;         // the open token's start, -1 when none
        int end = 0;            // its end so far: after its last letter, digit or connector and their marks
        byte last = OTHER;      // the class of that last letter, digit, connector or pictograph
        byte mid = OTHER;       // a mid-word character seen after it, not yet joined
        boolean core = false;   // the open token holds a letter, digit or pictograph (connectors alone are no token)
        for (int i = 0; i < length; i++) {
            char ch = text[i];
            byte c = classOf(ch);
            switch (c) {
                case LETTER, NUMERIC, EXTEND_NUM_LET -> {
                    if (start >= 0 && last != EMOJI && (mid == OTHER || joins(last, mid, c))) {
                        core |= c != EXTEND_NUM_LET;
                    } else {
                        if (start >= 0 && core && (count = add(out, count, start, end)) < 0) {
                            return -1;
                        }
                        start = i;
                        core = c != EXTEND_NUM_LET;
                    }
                    last = c;
                    mid = OTHER;
                    // the rest of a run of the same class (most of a word's letters) needs no more decisions
                    while (i + 1 < length && classOf(text[i + 1]) == c) {
                        i++;
                    }
                    end = i + 1;
                }
                case IGNORED -> {
                    if (start >= 0 && mid == OTHER) {
                        end = i + 1; // a mark or format character stays with the character before it
                    }
                }
                case MID_LETTER, MID_NUM_LET, MID_NUM -> {
                    if (start >= 0) {
                        if (mid == OTHER && (last == LETTER || last == NUMERIC)) {
                            mid = c;
                        } else {
                            if (core && (count = add(out, count, start, end)) < 0) {
                                return -1;
                            }
                            start = -1;
                        }
                    }
                }
                case EMOJI -> {
                    if (start >= 0 && core && (count = add(out, count, start, end)) < 0) {
                        return -1;
                    }
                    start = i;
                    end = i + 1;
                    last = EMOJI;
                    mid = OTHER;
                    core = true;
                }
                case OTHER -> {
                    if (start >= 0) {
                        if (core && (count = add(out, count, start, end)) < 0) {
                            return -1;
                        }
                        start = -1;
                    }
                }
                default -> {
                    return -1;
                }
            }
        }
        if (start >= 0 && core) {
            count = add(out, count, start, end);
        }
        return count;
    }

    /** Adds a token; -1 when it is longer than Lucene's tokenizer allows (it would cut it). */
    private static int add(Bounds out, int count, int start, int end) {
        if (end - start > MAX_TOKEN_LENGTH) {
            return -1;
        }
        int[] bounds = out.bounds;
        if (2 * count + 2 > bounds.length) {
            bounds = out.grow();
        }
        bounds[2 * count] = start;
        bounds[2 * count + 1] = end;
        return count + 1;
    }

    /** A growable array of (start, end) pairs, reused by one thread. */
    static final class Bounds {
        int[] bounds = new int[128];

        int[] grow() {
            bounds = java.util.Arrays.copyOf(bounds, 2 * bounds.length);
            return bounds;
        }
    }

    private static boolean joins(byte before, byte mid, byte after) {
        if (before == LETTER && after == LETTER) {
            return mid == MID_LETTER || mid == MID_NUM_LET;
        }
        if (before == NUMERIC && after == NUMERIC) {
            return mid == MID_NUM || mid == MID_NUM_LET;
        }
        return false;
    }

    static byte classOf(char c) {
        if (c < 0x80) {
            return ASCII[c];
        }
        byte[] block = BLOCKS[c >>> 8];
        if (block == null) {
            block = block(c >>> 8);
        }
        return block[c & 0xFF];
    }

    private static byte[] block(int index) {
        byte[] block = new byte[256];
        for (int i = 0; i < 256; i++) {
            block[i] = computeClass(index << 8 | i);
        }
        BLOCKS[index] = block; // racy but idempotent: every thread computes the same bytes
        return block;
    }

    /**
     * The characters of the BMP whose word-break class Unicode changed after {@value #UNICODE_VERSION}
     * (ICU has the new class, Lucene's tokenizer the old): modifier tone letters and Armenian marks
     * became letters, the prepended concatenation marks numbers.
     */
    private static boolean changedSince(int c) {
        return (c >= 0x02E5 && c <= 0x02EB) || c == 0x055A || c == 0x055B || c == 0x055C || c == 0x055E || c == 0x055F
                || c == 0x058A || (c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x08E2
                || (c >= 0xA708 && c <= 0xA716);
    }

    /** The scan's class of a character, from ICU's Unicode properties. */
    static byte computeClass(int c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            return UNSUPPORTED; // surrogates: characters outside the BMP are left to Lucene
        }
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return LETTER;
            }
            if (c >= '0' && c <= '9') {
                return NUMERIC;
            }
        }
        if (!UCharacter.isLegal(c) || UCharacter.getAge(c).compareTo(NEWEST) > 0 || changedSince(c)
                || c >= 0x80 && UCharacter.hasBinaryProperty(c, UProperty.EMOJI_COMPONENT) // joiners, keycaps
                || (c >= 0xFE00 && c <= 0xFE0F) // variation selectors, which the emoji rule treats apart
                || UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK) == UCharacter.LineBreak.COMPLEX_CONTEXT) {
            return UNSUPPORTED;
        }
        if (UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)) {
            // a pictograph that is also a letter (ℹ) joins words: left to Lucene
            return UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK) == UCharacter.WordBreak.ALETTER ? UNSUPPORTED : EMOJI;
        }
        int script = UScript.getScript(c);
        if (script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.HANGUL
                || script == UScript.HEBREW) {
            return UNSUPPORTED;
        }
        return switch (UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK)) {
            case UCharacter.WordBreak.ALETTER -> LETTER;
            case UCharacter.WordBreak.NUMERIC -> NUMERIC;
            case UCharacter.WordBreak.MIDLETTER -> MID_LETTER;
            case UCharacter.WordBreak.MIDNUMLET, UCharacter.WordBreak.SINGLE_QUOTE -> MID_NUM_LET;
            case UCharacter.WordBreak.MIDNUM -> MID_NUM;
            case UCharacter.WordBreak.EXTENDNUMLET -> EXTEND_NUM_LET;
            case UCharacter.WordBreak.EXTEND, UCharacter.WordBreak.FORMAT -> IGNORED;
            case UCharacter.WordBreak.OTHER, UCharacter.WordBreak.CR, UCharacter.WordBreak.LF, UCharacter.WordBreak.NEWLINE,
                    UCharacter.WordBreak.WSEGSPACE -> OTHER;
            // the double quote joins only Hebrew letters, which the scan leaves to Lucene
            case UCharacter.WordBreak.DOUBLE_QUOTE -> OTHER;
            default -> UNSUPPORTED; // ZWJ, Hebrew letters, Katakana, regional indicators
        };
    }
}
