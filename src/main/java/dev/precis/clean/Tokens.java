package dev.precis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Tiny tokenizers for features: whitespace tokens as written, and lower-cased letter runs. They run
 * on every line of every file, so they scan characters rather than split with regular expressions.
 */
final class Tokens {

    private Tokens() {
    }

    /** The whitespace of {@code \s} in Java's regular expressions: space, tab, line ends, VT, FF. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Lower-cased runs of letters. Apostrophes split ("l'homme" gives "l", "homme"), which is
     * what French and Italian stop sets expect for elided articles.
     */
    static List<String> lowerWords(String line) {
        List<String> out = new ArrayList<>();
        char[] buf = new char[line.length()];
        for (int i = 0, n = line.length(), len = 0; i <= n; ) {
            int cp = i < n ? line.codePointAt(i) : ' ';
            i += i < n ? Character.charCount(cp) : 1;
            if (isWordChar(cp)) {
                len += Character.toChars(cp, buf, len);
            } else if (len > 0) {
                out.add(new String(buf, 0, len).toLowerCase(Locale.ROOT));
                len = 0;
            }
        }
        return out;
    }

    /**
     * The number of lower-cased letter runs ({@link #lowerWords}) and how many of them the set
     * holds, as {@code {runs, hits}}, without making a string of each run: ASCII runs are
     * lower-cased in place; others go through {@code String.toLowerCase(Locale.ROOT)} as in
     * lowerWords, so the answer is the same.
     */
    static int[] countIn(String line, CharArraySet set) {
        int runs = 0, hits = 0;
        char[] buf = new char[line.length()];
        boolean ascii = true;
        for (int i = 0, n = line.length(), len = 0; i <= n; ) {
            int cp = i < n ? line.codePointAt(i) : ' ';
            i += i < n ? Character.charCount(cp) : 1;
            if (cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))) {
                buf[len++] = (char) (cp | 0x20);
            } else if (cp >= 0x80 && isWordChar(cp)) {
                len += Character.toChars(cp, buf, len);
                ascii = false;
            } else if (len > 0) {
                runs++;
                boolean hit = ascii ? set.contains(buf, 0, len)
                        : set.contains(new String(buf, 0, len).toLowerCase(Locale.ROOT));
                hits += hit ? 1 : 0;
                len = 0;
                ascii = true;
            }
        }
        return new int[] {runs, hits};
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
