package dev.precis.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.nio.charset.StandardCharsets;

import dev.precis.batch.ManifestEntry.Kind;
import dev.precis.clean.ArticleCleaner;
import dev.precis.clean.RunLines;

/**
 * Lists the input folder for the manifest. Rules (README: Input files):
 * <ul>
 * <li>symbolic links are never followed (listed as SYMLINK and skipped), so no loop and no escape;</li>
 * <li>FIFOs, sockets and devices are listed as SPECIAL and never opened;</li>
 * <li>names starting with '.' (hidden files and folders) are ignored;</li>
 * <li>folders given in {@code exclude} (the output folder when it sits inside the input) are ignored;</li>
 * <li>unreadable files and folders are listed as UNREADABLE with the reason.</li>
 * </ul>
 * While it reads each file for its hash, it also counts in how many distinct plain-text files each
 * line occurs, for the cleaner's run-level evidence ({@link RunLines}).
 * Entries are sorted by path, so the same folder always gives the same manifest.
 */
public final class InputScanner {

    /** Bounds the line counter's memory (about 12 bytes a line, doubled for the hash table). */
    private static final int MAX_COUNTED_LINES = 4_000_000;

    private final long maxHashBytes;

    public InputScanner(long maxHashBytes) {
        this.maxHashBytes = maxHashBytes;
    }

    /** The listing, and the lines that recur across its distinct plain-text files. */
    public record Manifest(List<ManifestEntry> entries, RunLines repeatedLines) {
    }

    public Manifest scan(Path root, Set<Path> exclude) throws IOException {
        List<ManifestEntry> found = new ArrayList<>();
        RunLines.Counter lines = new RunLines.Counter(MAX_COUNTED_LINES);
        Set<String> contents = new HashSet<>();
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root) && (hidden(dir) || exclude.contains(dir))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!hidden(file)) {
                            found.add(entry(root, file, attrs, lines, contents));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(root)) {
                            throw e;
                        }
                        if (!hidden(file)) {
                            String why = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
                            found.add(new ManifestEntry(0, relative(root, file), Kind.UNREADABLE, -1, -1, null, why, null));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(Comparator.comparing(ManifestEntry::path));
        List<ManifestEntry> numbered = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            ManifestEntry e = found.get(i);
            numbered.add(new ManifestEntry(i + 1, e.path(), e.kind(), e.size(), e.mtime(), e.sha256(), e.note(), null));
        }
        return new Manifest(numbered, lines.repeated(2));
    }

    private ManifestEntry entry(Path root, Path file, BasicFileAttributes attrs, RunLines.Counter lines, Set<String> contents) {
        String path = relative(root, file);
        long mtime = attrs.lastModifiedTime().toMillis();
        if (attrs.isSymbolicLink()) {
            return new ManifestEntry(0, path, Kind.SYMLINK, attrs.size(), mtime, null, null, null);
        }
        if (!attrs.isRegularFile()) {
            return new ManifestEntry(0, path, Kind.SPECIAL, -1, mtime, null, null, null);
        }
        if (attrs.size() > maxHashBytes) {
            return new ManifestEntry(0, path, Kind.FILE, attrs.size(), mtime, null, null, null);
        }
        try {
            byte[] bytes = read(file, attrs.size());
            String sha = HexFormat.of().formatHex(sha256().digest(bytes));
            // Byte-identical copies count once: a copy must not make its own story look like furniture.
            if (contents.add(sha) && ArticleCleaner.Format.detect(path, "") == ArticleCleaner.Format.TEXT) {
                lines.addDocument(new String(bytes, StandardCharsets.UTF_8));
            }
            return new ManifestEntry(0, path, Kind.FILE, attrs.size(), mtime, sha, null, null);
        } catch (AccessDeniedException e) {
            return new ManifestEntry(0, path, Kind.UNREADABLE, attrs.size(), mtime, null, "permission denied", null);
        } catch (IOException e) {
            return new ManifestEntry(0, path, Kind.UNREADABLE, attrs.size(), mtime, null, String.valueOf(e.getMessage()), null);
        }
    }

    private static byte[] read(Path file, long size) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, size + 1));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString();
    }
}
