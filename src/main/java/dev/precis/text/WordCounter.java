package dev.precis.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words the way the whole product counts them: ICU word boundaries (Unicode UAX #29),
 * counting segments that hold letters, numbers or ideographs (punctuation and spaces are not
 * words). Budgets, reports and tests all use this one definition, so "75 words" means the same
 * everywhere.
 *
 * <p>Counting runs several times per article, and ICU's rule engine costs ~70 ns a character, so
 * text made only of Latin, Greek, Cyrillic and common punctuation is counted by a direct scan that
 * applies the same UAX #29 rules (letters and digits join across "'", "’", "." and "·" between
 * letters, and across "," ";" "." "’" between digits; marks and format characters are transparent).
 * Any other character sends the whole text to ICU. A test holds the two to the same counts.
 */
public final class WordCounter {

    private static final int OTHER = 0;
    private static final int LETTER = 1;
    private static final int NUMERIC = 2;
    private static final int MID_LETTER = 3;
    private static final int MID_NUM_LET = 4;
    private static final int MID_NUM = 5;
    private static final int IGNORED = 6;
    private static final int UNSUPPORTED = -1;

    private final BreakIterator prototype = BreakIterator.getWordInstance(ULocale.ROOT);

    public int count(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int fast = scan(text);
        return fast >= 0 ? fast : countWithIcu(text);
    }

    int countWithIcu(CharSequence text) {
        BreakIterator words = (BreakIterator) prototype.clone();
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }

    /** The UAX #29 scan for the supported scripts, or -1 when the text needs ICU. */
    static int scan(CharSequence text) {
        // The rules of step() as a table, so each character costs a lookup rather than a chain of
        // hard-to-predict branches: the same states, the same counts.
        int count = 0;
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int cls = c < 0x80 ? ASCII_CLASS[c] : classOf(c);
            if (cls == UNSUPPORTED) {
                return -1;
            }
            int t = STEP[state * CLASSES + cls];
            count += t >>> 8;
            state = t & 0xFF;
        }
        return count;
    }

    /** Classes OTHER..IGNORED. */
    private static final int CLASSES = 7;
    /** A state is (last, pendingMid) as {@code last * CLASSES + pendingMid}. */
    private static final int[] STEP = new int[3 * CLASSES * CLASSES];

    static {
        for (int last : new int[] {OTHER, LETTER, NUMERIC}) {
            for (int pending = 0; pending < CLASSES; pending++) {
                for (int cls = 0; cls < CLASSES; cls++) {
                    STEP[(last * CLASSES + pending) * CLASSES + cls] = step(last, pending, cls);
                }
            }
        }
    }

    /**
     * One character of class {@code cls} after a word character of class {@code last} (OTHER if
     * none) and a pending joiner: the next state, plus 256 when a new word starts here.
     */
    private static int step(int last, int pendingMid, int cls) {
        int count = 0;
        if (cls == IGNORED) {
            return last * CLASSES + pendingMid;
        }
        if (cls == LETTER || cls == NUMERIC) {
            if (last == OTHER) {
                count++;
            } else if (pendingMid != OTHER && !joins(last, pendingMid, cls)) {
                count++;
            }
            last = cls;
            pendingMid = OTHER;
        } else if ((cls == MID_LETTER || cls == MID_NUM_LET || cls == MID_NUM) && last != OTHER && pendingMid == OTHER) {
            pendingMid = cls;
        } else {
            last = OTHER;
            pendingMid = OTHER;
        }
        return (last * CLASSES + pendingMid) | count << 8;
    }

    private static boolean joins(int before, int mid, int after) {
        if (before == LETTER && after == LETTER) {
            return mid == MID_LETTER || mid == MID_NUM_LET;
        }
        if (before == NUMERIC && after == NUMERIC) {
            return mid == MID_NUM || mid == MID_NUM_LET;
        }
        return false;
    }

    /** The class of each ASCII character: one load instead of a chain of tests, for most characters of most text. */
    private static final byte[] ASCII_CLASS = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_CLASS[c] = (byte) asciiClassOf(c);
        }
    }

    private static int asciiClassOf(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return LETTER;
        }
        if (c >= '0' && c <= '9') {
            return NUMERIC;
        }
        return switch (c) {
            case ':' -> OTHER; // CLDR's root rules take the colon out of MidLetter
            case '.', '\'' -> MID_NUM_LET;
            case ',', ';' -> MID_NUM;
            case '_' -> UNSUPPORTED; // ExtendNumLet: rare, leave it to ICU
            default -> OTHER;
        };
    }

    private static int classOf(char c) {
        if (c < 0x80) {
            return ASCII_CLASS[c];
        }
        if (c == '\u00B7' || c == '\u0387' || c == '\u2027') {
            return MID_LETTER;
        }
        if (c == '\u2018' || c == '\u2019' || c == '\u2024') {
            return MID_NUM_LET;
        }
        if (c == '\u037E' || c == '\u2044') {
            return MID_NUM;
        }
        if (c == '\u200B') {
            return OTHER; // zero-width space separates words
        }
        if (c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || (c >= '\u200E' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2061' && c <= '\u2064')) {
            return IGNORED; // Format and joiners are transparent (WB4)
        }
        boolean supported = c < 0x0530 || (c >= 0x1E00 && c <= 0x1FFF) || (c >= 0x2000 && c <= 0x206F)
                || (c >= 0x20A0 && c <= 0x20CF);
        if (!supported || c == '\u203F' || c == '\u2040' || c == '\u2054') {
            return UNSUPPORTED;
        }
        int type = Character.getType(c);
        switch (type) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.FORMAT:
                return IGNORED;
            case Character.DECIMAL_DIGIT_NUMBER:
                return NUMERIC;
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.OTHER_LETTER:
                return LETTER;
            case Character.MODIFIER_LETTER:
                return UNSUPPORTED; // some modifier letters are not ALetter in UAX #29: ask ICU
            default:
                return OTHER;
        }
    }
}
