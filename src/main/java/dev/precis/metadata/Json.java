package dev.precis.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for a page's JSON-LD: objects become maps, arrays lists, strings strings,
 * anything else (numbers, true, false, null) its text or null. Pages often break JSON (a trailing comma,
 * a raw line break in a string, two objects in one script), so reading stops where the text stops making
 * sense and keeps what it has read.
 */
final class Json {

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /** Every top-level value in the text (a script may hold several); an empty list when none reads. */
    static List<Object> parseAll(String text) {
        Json j = new Json(text == null ? "" : text);
        List<Object> out = new ArrayList<>();
        while (true) {
            j.skipSpace();
            if (j.i >= j.s.length()) {
                return out;
            }
            char c = j.s.charAt(j.i);
            if (c != '{' && c != '[') { // a comment or junk between values: go to the next structure
                int next = nextStructure(j.s, j.i + 1);
                if (next < 0) {
                    return out;
                }
                j.i = next;
                continue;
            }
            int before = j.i;
            try {
                out.add(j.value(0));
            } catch (RuntimeException e) {
                return out;
            }
            if (j.i == before) {
                return out;
            }
        }
    }

    private static int nextStructure(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '{' || c == '[') {
                return k;
            }
        }
        return -1;
    }

    private Object value(int depth) {
        if (depth > 64) {
            throw new IllegalStateException("too deep");
        }
        skipSpace();
        if (i >= s.length()) {
            throw new IllegalStateException("end");
        }
        char c = s.charAt(i);
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"' || c == '\'') {
            return string(c);
        }
        int start = i;
        while (i < s.length() && ",]} \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String word = s.substring(start, i);
        if (word.isEmpty()) {
            throw new IllegalStateException("no value at " + start);
        }
        return word.equals("null") ? null : word;
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        i++; // {
        while (true) {
            skipSpace();
            if (i >= s.length()) {
                return out;
            }
            char c = s.charAt(i);
            if (c == '}') {
                i++;
                return out;
            }
            if (c == ',') {
                i++;
                continue;
            }
            try {
                String key = c == '"' || c == '\'' ? string(c) : bareKey();
                skipSpace();
                if (i < s.length() && s.charAt(i) == ':') {
                    i++;
                }
                out.putIfAbsent(key, value(depth + 1));
            } catch (IllegalStateException e) { // broken from here on: keep what was read
                i = s.length();
                return out;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> out = new ArrayList<>();
        i++; // [
        while (true) {
            skipSpace();
            if (i >= s.length()) {
                return out;
            }
            char c = s.charAt(i);
            if (c == ']') {
                i++;
                return out;
            }
            if (c == ',') {
                i++;
                continue;
            }
            out.add(value(depth + 1));
        }
    }

    private String bareKey() {
        int start = i;
        while (i < s.length() && s.charAt(i) != ':' && s.charAt(i) != '}') {
            i++;
        }
        if (i == start) {
            throw new IllegalStateException("no key at " + start);
        }
        return s.substring(start, i).strip();
    }

    private String string(char quote) {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == quote) {
                return b.toString();
            }
            if (c != '\\' || i >= s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b', 'f' -> b.append(' ');
                case 'u' -> {
                    if (i + 4 <= s.length()) {
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            b.append('?');
                        }
                        i += 4;
                    }
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    private void skipSpace() {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
    }
}
