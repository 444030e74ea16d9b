package dev.precis.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * HTML escaping and link building for text from untrusted folders (file names, titles, summaries).
 * Escaped text is safe both as element content and inside double- or single-quoted attributes.
 */
public final class Html {

    private Html() {
    }

    /** {@code text} as HTML text: markup characters as entities, control characters as visible symbols. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out);
        return out.toString();
    }

    public static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                        // Not allowed in HTML text; shown as the Unicode control picture (␀, ␊, ...).
                        out.append(c == 0x7f ? '\u2421' : (char) (0x2400 + c));
                    } else if (c >= 0x80 && c < 0xa0) {
                        out.append('\ufffd');
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\ufffd'); // a lone half of a pair cannot be written as UTF-8
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** A {@code file:} URL of an absolute path, percent-encoded (safe in an attribute once escaped). */
    public static String fileUrl(Path absolute) {
        return "file://" + encodePath(absolute.toAbsolutePath().normalize().toString());
    }

    /**
     * A relative URL for a slash-separated relative path: every byte of each segment other than
     * letters, digits and {@code -._~} is percent-encoded, so '?', '#', '%', spaces and line breaks
     * stay part of the name.
     */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : sanitize(path).getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            if (u >= 'a' && u <= 'z' || u >= 'A' && u <= 'Z' || u >= '0' && u <= '9' || u == '-' || u == '.' || u == '_'
                    || u == '~' || u == '/') {
                out.append((char) u);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(u >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(u & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Lone surrogates replaced, so the text encodes as UTF-8. */
    static String sanitize(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (lone && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(lone ? '\ufffd' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
