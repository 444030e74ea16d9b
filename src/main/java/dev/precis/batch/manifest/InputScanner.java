package dev.precis.batch.manifest;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.precis.article.ArticleException;
import dev.precis.article.ArticleReader;
import dev.precis.batch.manifest.ManifestEntry.Kind;
import dev.precis.clean.ArticleCleaner;
import dev.precis.clean.RunLines;

/**
 * Lists the input folder for the manifest. Rules (README: What goes in, what comes out; the full list of cases in bench/README-crash.md):
 * <ul>
 * <li>symbolic links are never followed (listed as SYMLINK and skipped), so no loop and no escape;</li>
 * <li>FIFOs, sockets and devices are listed as SPECIAL and never opened;</li>
 * <li>names starting with '.' (hidden files and folders) are ignored;</li>
 * <li>folders given in {@code exclude} (the output folder when it sits inside the input) are ignored;</li>
 * <li>unreadable files and folders are listed as UNREADABLE with the reason.</li>
 * </ul>
 * While it reads each file for its hash, it also counts in how many distinct plain-text files each
 * line occurs, for the cleaner's run-level evidence ({@link RunLines}): over the lines of the decoded,
 * normalised article body, split as the cleaner splits it, so both steps hash the same text.
 * Entries are sorted by path, so the same folder always gives the same manifest.
 */
public final class InputScanner {

    /** Bounds the line counter's memory (about 12 bytes a line, doubled for the hash table). */
    private static final int MAX_COUNTED_LINES = 4_000_000;
    /** Files read and hashed in parallel per block; the block's results are then merged in path order. */
    private static final int BLOCK = 512;

    private final long maxHashBytes;
    private final int threads;
    private final ArticleReader articles;
    private final ReadAhead readAhead;

    /**
     * {@code threads}: how many files are read and hashed at once; {@code articles}: decodes each file
     * as the summarize step will, so the recurring lines are counted over the text the cleaner sees.
     */
    public InputScanner(long maxHashBytes, int threads, ArticleReader articles) {
        this(maxHashBytes, threads, articles, new ReadAhead(0));
    }

    /** {@code readAhead}: where the bytes read are kept for the summarize step, within its budget. */
    public InputScanner(long maxHashBytes, int threads, ArticleReader articles, ReadAhead readAhead) {
        this.maxHashBytes = maxHashBytes;
        this.threads = Math.max(1, threads);
        this.articles = articles;
        this.readAhead = readAhead;
    }

    /** The listing, and the lines that recur across its distinct plain-text files. */
    public record Manifest(List<ManifestEntry> entries, RunLines repeatedLines) {
    }

    /** A file seen by the walk, before it is read. */
    private record Found(String path, Path file, BasicFileAttributes attrs, ManifestEntry unreadable) {
    }

    /** What reading one file gave: its entry, and the hashes of its distinct lines when they count. */
    private record Scanned(ManifestEntry entry, long[] lineHashes) {
    }

    public Manifest scan(Path root, Set<Path> exclude) throws IOException {
        readAhead.clear();
        List<Found> found = new ArrayList<>();
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
                            found.add(new Found(relative(root, file), file, attrs, null));
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
                            String path = relative(root, file);
                            found.add(new Found(path, file, null,
                                    new ManifestEntry(0, path, Kind.UNREADABLE, -1, -1, null, why, null)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        // Path order first, so the manifest and the line counts (capped, so order matters) are the
        // same for the same folder however the walk or the threads go.
        found.sort(Comparator.comparing(Found::path));
        List<ManifestEntry> numbered = new ArrayList<>(found.size());
        RunLines.Counter lines = new RunLines.Counter(MAX_COUNTED_LINES);
        Set<String> contents = new HashSet<>();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
        try {
            for (int from = 0; from < found.size(); from += BLOCK) {
                List<Found> block = found.subList(from, Math.min(found.size(), from + BLOCK));
                for (Scanned s : scanBlock(block, pool)) {
                    ManifestEntry e = s.entry();
                    // Byte-identical copies count once: a copy must not make its own story look like furniture.
                    if (s.lineHashes() != null && contents.add(e.sha256())) {
                        lines.addDistinctLines(s.lineHashes());
                    }
                    numbered.add(new ManifestEntry(numbered.size() + 1, e.path(), e.kind(), e.size(), e.mtime(), e.sha256(),
                            e.note(), null));
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Manifest(numbered, lines.repeated(2));
    }

    private List<Scanned> scanBlock(List<Found> block, ExecutorService pool) throws IOException {
        if (pool == null) {
            List<Scanned> out = new ArrayList<>(block.size());
            for (Found f : block) {
                out.add(entry(f));
            }
            return out;
        }
        List<Future<Scanned>> futures = new ArrayList<>(block.size());
        for (Found f : block) {
            futures.add(pool.submit(() -> entry(f)));
        }
        List<Scanned> out = new ArrayList<>(block.size());
        try {
            for (Future<Scanned> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while scanning the input folder");
        } catch (ExecutionException e) {
            throw new IllegalStateException("scanning the input folder failed", e.getCause());
        }
        return out;
    }

    private Scanned entry(Found found) {
        if (found.unreadable() != null) {
            return new Scanned(found.unreadable(), null);
        }
        String path = found.path();
        BasicFileAttributes attrs = found.attrs();
        long mtime = attrs.lastModifiedTime().toMillis();
        if (attrs.isSymbolicLink()) {
            return new Scanned(new ManifestEntry(0, path, Kind.SYMLINK, attrs.size(), mtime, null, null, null), null);
        }
        if (!attrs.isRegularFile()) {
            return new Scanned(new ManifestEntry(0, path, Kind.SPECIAL, -1, mtime, null, null, null), null);
        }
        if (attrs.size() > maxHashBytes) {
            return new Scanned(new ManifestEntry(0, path, Kind.FILE, attrs.size(), mtime, null, null, null), null);
        }
        try {
            byte[] bytes = read(found.file(), attrs.size());
            String sha = HexFormat.of().formatHex(sha256().digest(bytes));
            readAhead.keep(path, bytes, bytes.length, sha, attrs.size(), attrs.lastModifiedTime());
            return new Scanned(new ManifestEntry(0, path, Kind.FILE, attrs.size(), mtime, sha, null, null),
                    cleanerLineHashes(path, bytes, sha));
        } catch (AccessDeniedException e) {
            return new Scanned(new ManifestEntry(0, path, Kind.UNREADABLE, attrs.size(), mtime, null, "permission denied", null), null);
        } catch (IOException e) {
            return new Scanned(new ManifestEntry(0, path, Kind.UNREADABLE, attrs.size(), mtime, null, String.valueOf(e.getMessage()), null), null);
        }
    }

    /**
     * The distinct lines of the article body as the cleaner will split it (decoded, NFC, without its
     * instruction line), when the cleaner uses run-level evidence for this file (plain text); else
     * null, as for a file the summarize step will skip or fail.
     */
    private long[] cleanerLineHashes(String path, byte[] bytes, String sha) {
        if (ArticleCleaner.Format.detect(path, "") != ArticleCleaner.Format.TEXT || bytes.length > maxHashBytes) {
            return null;
        }
        try {
            String body = articles.parse(bytes, bytes.length, sha).body();
            return ArticleCleaner.Format.detect(path, body) == ArticleCleaner.Format.TEXT ? RunLines.Counter.distinctCleanerLines(body) : null;
        } catch (ArticleException e) {
            return null;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "precis-scan-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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
