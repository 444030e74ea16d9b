package dev.precis.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes article bytes without ever producing mojibake: a byte-order mark wins; otherwise
 * strict UTF-8; otherwise Windows-1252 only when the result reads as Latin-script text.
 * Anything else is rejected with a reason rather than guessed.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text and the name of the charset it came from. */
    public record Decoded(String text, String charset) {
    }

    public Decoded decode(byte[] bytes, int length) throws ArticleException {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, length - 3, StandardCharsets.UTF_8, "UTF-8 (BOM)"), "UTF-8");
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, length - 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)"), "UTF-16LE");
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, length - 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)"), "UTF-16BE");
        }
        if (indexOfNul(bytes, length) >= 0) {
            throw ArticleException.failed("binary content (NUL bytes)");
        }
        // The String constructor is the JDK's fast path, but it replaces malformed input with U+FFFD
        // instead of reporting it: its result stands only when it holds no U+FFFD at all (then
        // the input was valid UTF-8); otherwise the strict decoder decides.
        String fast = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, "UTF-8");
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, 0, length)).toString(), "UTF-8");
        } catch (MalformedInputException e) {
            Charset declared = declaredCharset(bytes, length);
            if (declared != null) {
                try {
                    String text = strict(bytes, 0, length, declared, declared.name());
                    if (controlShare(text) <= 0.01) {
                        return new Decoded(text, declared.name());
                    }
                } catch (ArticleException wrongDeclaration) {
                    // the bytes are not what the page says
                }
                // judge them as any other bytes
            }
            return latin(bytes, length);
        } catch (CharacterCodingException e) {
            throw ArticleException.failed("not valid UTF-8: " + e.getMessage());
        }
    }

    /**
     * Where a page may declare its encoding: its head. The HTML standard's prescan reads the first 1024
     * bytes, and a browser that meets a later {@code <meta charset>} while parsing the head changes to it
     * (reparsing), so a declaration after a long block of scripts and styles counts too; up to 64 KB.
     */
    private static final int PRESCAN_BYTES = 64 * 1024;
    private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([a-z0-9_:.-]{2,40})|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([a-z0-9_:.-]{2,40})");

    /**
     * The encoding a page declares for itself (a {@code <meta charset>}, an {@code http-equiv} content type,
     * or an XML declaration) in its head (its first 1024 bytes when no head ends in the first 64 KB), when
     * the JDK knows it and it is not UTF-8 (which has been tried); else null. A page saved as windows-1250
     * says so, and is then read as such rather than guessed at.
     */
    static Charset declaredCharset(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        int headEnd = head.toLowerCase(java.util.Locale.ROOT).indexOf("</head");
        java.util.regex.Matcher m = DECLARATION.matcher(head).region(0, headEnd < 0 ? Math.min(head.length(), 1024) : headEnd);
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
        // As browsers read labels (the WHATWG Encoding standard): Latin-1 and ASCII mean Windows-1252,
        // and a UTF-16 label in bytes that spell it out in ASCII cannot be true.
        if (LATIN1_LABELS.contains(name)) {
            return WINDOWS_1252;
        }
        if (name.startsWith("utf-16") || name.startsWith("utf16") || name.startsWith("unicode") || name.startsWith("ucs")) {
            return null;
        }
        try {
            Charset c = Charset.forName(name);
            return c.equals(StandardCharsets.UTF_8) ? null : c;
        } catch (IllegalArgumentException e) { // unknown or illegal name
            return null;
        }
    }

    private static final java.util.Set<String> LATIN1_LABELS = java.util.Set.of("iso-8859-1", "iso8859-1", "iso_8859-1",
            "latin1", "l1", "us-ascii", "ascii", "cp819", "ibm819", "iso-ir-100", "x-user-defined");

    private Decoded latin(byte[] bytes, int length) throws ArticleException {
        String text;
        try {
            text = decoder(WINDOWS_1252).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw ArticleException.failed("not valid UTF-8, and not Windows-1252 either");
        }
        // Latin-1 text is mostly ASCII letters with a few accented ones; other legacy encodings
        // (KOI8-R, Shift-JIS...) decode to a soup of accented letters and symbols: refuse those.
        int letters = 0;
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (c > 0x7F) {
                nonAscii++;
            }
        }
        if (letters == 0 || nonAscii > letters * 0.15) {
            throw ArticleException.failed("not valid UTF-8 and not recognizably Latin-1/Windows-1252 text; re-save it as UTF-8");
        }
        return new Decoded(text, "windows-1252");
    }

    private static String strict(byte[] bytes, int offset, int length, Charset charset, String label) throws ArticleException {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, Math.max(0, length))).toString();
        } catch (CharacterCodingException e) {
            throw ArticleException.failed("invalid " + label + " byte sequence");
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Share of characters that are control characters other than line/tab whitespace. */
    static double controlShare(CharSequence text) {
        if (text.isEmpty()) {
            return 0;
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return (double) control / text.length();
    }

}
