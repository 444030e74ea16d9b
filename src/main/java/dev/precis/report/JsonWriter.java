package dev.precis.report;

/**
 * A small streaming JSON writer (RFC 8259): enough for the run summary, with strings escaped so
 * that any file name or reason round-trips. Commas are placed automatically.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder(4096);
    private final String indentUnit = "  ";
    private int depth;
    /** Whether the current container already has a member (a comma is due before the next). */
    private boolean[] hasMember = new boolean[16];
    private boolean afterName;

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        separate();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonWriter value(Number value) {
        separate();
        if (value == null) {
            out.append("null");
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            out.append("null");
        } else {
            out.append(value);
        }
        return this;
    }

    JsonWriter value(boolean value) {
        separate();
        out.append(value);
        return this;
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, Number value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        depth++;
        if (depth == hasMember.length) {
            hasMember = java.util.Arrays.copyOf(hasMember, depth * 2);
        }
        hasMember[depth] = false;
        return this;
    }

    private JsonWriter close(char bracket) {
        boolean any = hasMember[depth];
        depth--;
        if (any) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (hasMember[depth]) {
                out.append(',');
            }
            hasMember[depth] = true;
            newline();
        }
    }

    private void newline() {
        out.append('\n');
        out.append(indentUnit.repeat(depth));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean lone = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    // Control characters, the line separators JavaScript once rejected, and lone surrogates
                    // (which have no UTF-8 form) are written as \\u escapes.
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || lone) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
