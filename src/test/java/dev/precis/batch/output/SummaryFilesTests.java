package dev.precis.batch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFilesTests {

    @TempDir
    Path tmp;

    @Test
    void namesFollowTheInputPath() {
        assertThat(SummaryFiles.summaryPath("a/b c.txt")).isEqualTo("summaries/a/b c.txt.summary.txt");
        assertThat(SummaryFiles.cleanedPath("x.html")).isEqualTo("cleaned/x.html.txt");
    }

    @Test
    void tooLongNamesAreShortenedUniquelyWithinTheFileSystemLimit() {
        String a = "é".repeat(120) + "a.txt";
        String b = "é".repeat(120) + "b.txt";
        String sa = SummaryFiles.summaryPath(a);
        String sb = SummaryFiles.summaryPath(b);
        assertThat(sa).isNotEqualTo(sb).endsWith(".summary.txt");
        assertThat(sa.substring("summaries/".length()).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    }

    @Test
    void writesAtomicallyAndNeverOutsideTheOutputFolder() throws Exception {
        SummaryFiles files = new SummaryFiles(tmp, false);
        files.write("summaries/x.summary.txt", "one");
        files.write("summaries/x.summary.txt", "two");
        assertThat(Files.readString(tmp.resolve("summaries/x.summary.txt"))).isEqualTo("two");
        assertThat(tmp.resolve(SummaryFiles.TEMP_DIR)).isEmptyDirectory();
        assertThatThrownBy(() -> files.write("../escape.txt", "no")).hasMessageContaining("outside the output folder");
        assertThat(SummaryFiles.summaryPath("../../etc/passwd")).doesNotContain("../");
    }

    /** Slices write from several threads into folders none of them has made yet. */
    @Test
    void threadsWritingIntoNewFoldersAtOnceNeverFindAFolderMissing() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path root = Files.createDirectories(tmp.resolve("round-" + round));
            SummaryFiles files = new SummaryFiles(root, false);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writes.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 20; i++) {
                        files.write("summaries/shared/" + (i % 4) + "/t" + thread + "-" + i + ".summary.txt", "x");
                    }
                    return null;
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<?> w : writes) {
                w.get(); // rethrows the NoSuchFileException of a write into a folder not made yet
            }
            pool.shutdown();
            try (java.util.stream.Stream<Path> written = Files.walk(root.resolve("summaries"))) {
                assertThat(written.filter(Files::isRegularFile).count()).isEqualTo(160);
            }
        }
    }
}
