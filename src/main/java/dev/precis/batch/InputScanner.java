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
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import dev.precis.batch.ManifestEntry.Kind;

/**
 * Lists the input folder for the manifest. Rules (README: Input files):
 * <ul>
 * <li>symbolic links are never followed (listed as SYMLINK and skipped), so no loop and no escape;</li>
 * <li>FIFOs, sockets and devices are listed as SPECIAL and never opened;</li>
 * <li>names starting with '.' (hidden files and folders) are ignored;</li>
 * <li>folders given in {@code exclude} (the output folder when it sits inside the input) are ignored;</li>
 * <li>unreadable files and folders are listed as UNREADABLE with the reason.</li>
 * </ul>
 * Entries are sorted by path, so the same folder always gives the same manifest.
 */
public final class InputScanner {

    private final long maxHashBytes;

    public InputScanner(long maxHashBytes) {
        this.maxHashBytes = maxHashBytes;
    }

    public List<ManifestEntry> scan(Path root, Set<Path> exclude) throws IOException {
        List<ManifestEntry> found = new ArrayList<>();
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
                            found.add(entry(root, file, attrs));
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
        return numbered;
    }

    private ManifestEntry entry(Path root, Path file, BasicFileAttributes attrs) {
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
            return new ManifestEntry(0, path, Kind.FILE, attrs.size(), mtime, sha256(file), null, null);
        } catch (AccessDeniedException e) {
            return new ManifestEntry(0, path, Kind.UNREADABLE, attrs.size(), mtime, null, "permission denied", null);
        } catch (IOException e) {
            return new ManifestEntry(0, path, Kind.UNREADABLE, attrs.size(), mtime, null, String.valueOf(e.getMessage()), null);
        }
    }

    private String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(
                Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString();
    }
}
