package dev.precis.scaleout;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;
import dev.precis.batch.manifest.InputScanner;

/**
 * What a manager would spend on its own if it only listed the input folder (issue 27): the CPU time
 * of walking the folder and keeping each file's relative path, size and modification time, sorted by
 * path; against reading and hashing every file (SHA-256 alone), and against the manifest step's own
 * scan (dev.precis.batch.manifest.InputScanner on one thread: read, decode, hash, recurring-line counts), which
 * the manager runs today. CPU time of this process (JIT and GC threads included), not wall time, so
 * that other processes on a shared machine do not count. Each measurement runs {@code repeats} times
 * in one JVM; the first is the cold one (class loading, interpreter). Nothing is written.
 *
 * <p>{@code ListingCost DIR [repeats]} prints one line per repeat.
 */
public final class ListingCost {

    record Listed(String path, long size, long modified) {
    }

    private ListingCost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toRealPath();
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        InputScanner scanner = new InputScanner(10_485_760, 1, new ArticleReader(10_485_760, new InstructionParser(5000, 50)));
        for (int r = 1; r <= repeats; r++) {
            long t0 = cpu.getProcessCpuTime();
            List<Listed> files = list(dir);
            long t1 = cpu.getProcessCpuTime();
            long bytes = hash(dir, files);
            long t2 = cpu.getProcessCpuTime();
            int scanned = scanner.scan(dir, Set.of()).entries().size();
            long t3 = cpu.getProcessCpuTime();
            double per100k = 100_000.0 / Math.max(1, files.size());
            System.out.printf(Locale.ROOT, "repeat %d: %d files (%d scanned), %.0f MB; CPU ms per 100k files: list (path, size,"
                    + " mtime, sorted) %.0f; read + SHA-256 %.0f; manifest scan (InputScanner, 1 thread) %.0f%n", r, files.size(),
                    scanned, bytes / 1e6, (t1 - t0) / 1e6 * per100k, (t2 - t1) / 1e6 * per100k, (t3 - t2) / 1e6 * per100k);
        }
    }

    static List<Listed> list(Path dir) throws IOException {
        List<Listed> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return d.equals(dir) || !d.getFileName().toString().startsWith(".") ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (!f.getFileName().toString().startsWith(".")) {
                    files.add(new Listed(dir.relativize(f).toString(), attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(Listed::path));
        return files;
    }

    private static long hash(Path dir, List<Listed> files) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        long bytes = 0;
        for (Listed f : files) {
            try (InputStream in = Files.newInputStream(dir.resolve(f.path()))) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                    bytes += n;
                }
            }
            sha.digest();
        }
        return bytes;
    }
}
