package dev.precis.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Reads one article file safely: never follows a symbolic link, never opens anything but a
 * regular file (a FIFO would block forever), never reads more than the size limit, and turns
 * every problem into an {@link ArticleException} with the reason the report shows.
 */
public final class ArticleReader {

    private final long maxBytes;
    private final InstructionParser instructions;
    private final TextDecoder decoder = new TextDecoder();

    public ArticleReader(long maxBytes, InstructionParser instructions) {
        this.maxBytes = maxBytes;
        this.instructions = instructions;
    }

    public Article read(Path file) throws ArticleException {
        return read(file, attributes(file));
    }

    /**
     * The article in {@code file}, from {@code known} (its bytes as read earlier) when the file still
     * has the size and modification time it had then, else read afresh; the same checks and
     * reasons as {@link #read(Path)} either way.
     */
    public Article read(Path file, ReadBytes known) throws ArticleException {
        BasicFileAttributes attributes = attributes(file);
        if (known != null && attributes.size() == known.size() && attributes.lastModifiedTime().equals(known.modified())
                && known.length() <= maxBytes) {
            return parse(known.bytes(), known.length(), known.sha256());
        }
        return read(file, attributes);
    }

    private BasicFileAttributes attributes(Path file) throws ArticleException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw ArticleException.failed("file disappeared before it was read");
        } catch (IOException e) {
            throw ArticleException.failed("cannot read file attributes: " + describe(e));
        }
        if (!attributes.isRegularFile()) {
            throw ArticleException.skipped("not a regular file");
        }
        if (attributes.size() > maxBytes) {
            throw ArticleException.skipped("file too large: " + attributes.size() + " bytes (limit " + maxBytes + ")");
        }
        return attributes;
    }

    private Article read(Path file, BasicFileAttributes attributes) throws ArticleException {
        byte[] bytes = new byte[(int) Math.min(attributes.size() + 1, maxBytes + 1)];
        int length;
        MessageDigest sha = sha256();
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(channel)) {
            length = in.readNBytes(bytes, 0, bytes.length);
            if (length > maxBytes) {
                throw ArticleException.skipped("file too large: more than " + maxBytes + " bytes (limit)");
            }
        } catch (AccessDeniedException e) {
            throw ArticleException.failed("permission denied");
        } catch (NoSuchFileException e) {
            throw ArticleException.failed("file disappeared before it was read");
        } catch (IOException e) {
            throw ArticleException.failed("read error: " + describe(e));
        }
        sha.update(bytes, 0, length);
        return parse(bytes, length, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * The article in the first {@code length} bytes of a file already read, whose SHA-256 is
     * {@code hash}: decoded, normalised and split from its instruction line exactly as {@link #read}
     * does it. The manifest step counts the lines the cleaner will see through this.
     */
    public Article parse(byte[] bytes, int length, String hash) throws ArticleException {
        if (length == 0) {
            throw ArticleException.skipped("empty file");
        }
        TextDecoder.Decoded decoded = decoder.decode(bytes, length);
        String text = decoded.text();
        if (TextDecoder.controlShare(text) > 0.01) {
            throw ArticleException.failed("binary content (control characters)");
        }
        text = normalize(text);
        if (text.isBlank()) {
            throw ArticleException.skipped("no text (whitespace only)");
        }
        return split(text, decoded.charset(), length, hash);
    }

    private Article split(String text, String charset, long bytes, String hash) throws ArticleException {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        String first = end < 0 ? text.substring(start) : text.substring(start, end);
        if (!instructions.isInstruction(first)) {
            return new Article(text, Instruction.NONE, charset, bytes, hash);
        }
        String body = end < 0 ? "" : text.substring(end + 1);
        if (body.isBlank()) {
            throw ArticleException.skipped("instruction only, no article text");
        }
        return new Article(body, instructions.parse(first), charset, bytes, hash);
    }

    /** NFC, Unix line ends, no BOM or stray control characters (tabs and line ends stay). */
    static String normalize(String text) {
        String s = needsCleanup(text) ? cleanup(text) : text;
        // Most text is already NFC: checking is a scan, normalizing always builds a copy.
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Whether {@link #cleanup} would change anything: a carriage return, a BOM or a control character. */
    private static boolean needsCleanup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\uFEFF' || (c != '\n' && c != '\t' && Character.isISOControl(c))) {
                return true;
            }
        }
        return false;
    }

    private static String cleanup(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c == '\uFEFF' ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
