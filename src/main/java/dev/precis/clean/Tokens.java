package dev.precis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tiny tokenizers for features: whitespace tokens as written, and lower-cased letter runs. */
final class Tokens {

    private Tokens() {
    }

    /** Whitespace-separated tokens, as written (for the capitalised and link-like shares). */
    static List<String> raw(String line) {
        List<String> out = new ArrayList<>();
        for (String t : line.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Lower-cased runs of letters. Apostrophes split ("l'homme" gives "l", "homme"), which is
     * what French and Italian stop sets expect for elided articles.
     */
    static List<String> lowerWords(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                cur.appendCodePoint(cp);
            } else if (cur.length() > 0) {
                out.add(cur.toString().toLowerCase(Locale.ROOT));
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
