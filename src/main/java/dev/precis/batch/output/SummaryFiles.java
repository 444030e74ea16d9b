package dev.precis.batch.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Where summaries go and how they get there: each file is written to a temporary file in
 * {@code output/.precis-tmp/} and renamed into place, so a kill leaves either the old file or the
 * new one, never half of one; leftovers are swept at the next start.
 */
public class SummaryFiles {

    public static final String TEMP_DIR = ".precis-tmp";
    private static final String SUMMARY_SUFFIX = ".summary.txt";
    private static final String CLEANED_SUFFIX = ".txt";
    private static final int MAX_NAME_BYTES = 255;

    private final Path root;
    private final boolean fsync;
    /** Folders already created by this instance (one step execution): saves a stat per summary. */
    private final java.util.Set<Path> knownDirectories = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public SummaryFiles(Path outputRoot, boolean fsync) {
        this.root = outputRoot.toAbsolutePath().normalize();
        this.fsync = fsync;
    }

    public Path root() {
        return root;
    }

    /** {@code summaries/<input path>.summary.txt}, relative to the output folder. */
    public static String summaryPath(String inputPath) {
        return "summaries/" + safeName(inputPath, SUMMARY_SUFFIX);
    }

    /** {@code cleaned/<input path>.txt}, relative to the output folder. */
    public static String cleanedPath(String inputPath) {
        return "cleaned/" + safeName(inputPath, CLEANED_SUFFIX);
    }

    private void directory(Path dir) throws IOException {
        if (!knownDirectories.contains(dir)) {
            Files.createDirectories(dir); // safe to repeat, and when two threads make it at once
            knownDirectories.add(dir);
        }
    }

    /** Writes {@code text} to the output-relative path atomically. */
    public void write(String relativePath, String text) throws IOException {
        Path target = inside(relativePath);
        // A folder counts as known only once it exists: marking it first would let another slice's
        // thread write into it before it was made.
        directory(target.getParent());
        Path tempDir = root.resolve(TEMP_DIR);
        directory(tempDir);
        Path temp = tempDir.resolve(UUID.randomUUID() + ".tmp");
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(bytes);
                if (fsync) {
                    channel.force(true);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes an output file (a summary that no longer matches its input, or its cleaned text), if it
     * is one: a folder or a symbolic link in its place is left alone.
     */
    public void remove(String relativePath) throws IOException {
        Path target = inside(relativePath);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(target);
        }
    }

    /**
     * Why an output path cannot be written although the output folder itself is fine, or null: the
     * path is a folder, or one of the folders it needs below {@code summaries/} (or {@code cleaned/})
     * is a file. Asked after a write failed, to tell such a collision (the file's problem) from a
     * full disk or an unwritable output folder (the job's).
     */
    public String conflict(String relativePath) {
        Path target = inside(relativePath);
        Path category = root.resolve(relativePath.substring(0, Math.max(0, relativePath.indexOf('/'))));
        if (!Files.isDirectory(category)) {
            return null;
        }
        for (Path p = target.getParent(); p != null && p.startsWith(category) && !p.equals(category); p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return root.relativize(p) + " is a file, not a folder";
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return relativePath + " is a folder";
        }
        return null;
    }

    private Path inside(String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing a path outside the output folder: " + relativePath);
        }
        return target;
    }

    public boolean exists(String relativePath) {
        return relativePath != null && Files.isRegularFile(root.resolve(relativePath).normalize());
    }

    /**
     * Removes temporary files a killed run left behind: summaries in {@code .precis-tmp/} and a
     * half-written report. Called when an execution starts (first attempt or restart), when no
     * other run can be writing (one run at a time per job database).
     */
    public void sweepTemporaryFiles() throws IOException {
        sweep(root.resolve(TEMP_DIR), "*");
        sweep(root.resolve("reports"), "*.precis-tmp");
    }

    private static void sweep(Path dir, String glob) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, glob)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Appends the suffix to the last path segment; a segment whose name would pass the file
     * system's 255-byte limit is shortened and given a hash of its full name, so it stays unique.
     */
    static String safeName(String inputPath, String suffix) {
        // The manifest's paths use '/' (a backslash is an ordinary character in a Unix file name).
        String[] segments = inputPath.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                segment = "_" + segment.replace('.', '_');
            }
            String name = i == segments.length - 1 ? segment + suffix : segment;
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                String tail = "~" + shortHash(segment) + (i == segments.length - 1 ? suffix : "");
                name = prefixWithin(segment, MAX_NAME_BYTES - tail.getBytes(StandardCharsets.UTF_8).length) + tail;
            }
            if (i > 0) {
                out.append('/');
            }
            out.append(name);
        }
        return out.toString();
    }

    private static String prefixWithin(String s, int maxBytes) {
        int end = 0;
        int bytes = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes) {
                break;
            }
            bytes += len;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
