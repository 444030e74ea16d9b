package dev.precis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report file's life cycle: nothing is left open or behind when writing fails. */
class CsvReportWritingTests {

    @TempDir
    Path tmp;

    @Test
    void aFailingHeaderClosesTheWriterAndRemovesTheTemporaryFile() throws IOException {
        FailingWriter[] opened = new FailingWriter[1];
        CsvReport report = new CsvReport(temp -> {
            Files.createFile(temp); // what Files.newBufferedWriter does
            opened[0] = new FailingWriter();
            return opened[0];
        });
        Path target = tmp.resolve("reports/precis-2026-01-01-1.csv");

        assertThatThrownBy(() -> report.open(target)).isInstanceOf(IOException.class).hasMessageContaining("disk full");

        assertThat(opened[0]).isNotNull();
        assertThat(opened[0].closed).as("writer closed").isTrue();
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).as("nothing left in the reports folder").isEmpty();
        }
    }

    @Test
    void aReportThatIsNotPublishedLeavesNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("reports/r.csv");
        try (CsvReport.Writing writing = new CsvReport().open(target)) {
            writing.write(ReportRow.withoutSummary("a.txt", Status.FAILED, "x", 1L, null, 0L));
        }
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    /** Fails every write, like a full disk under an unbuffered writer. */
    private static final class FailingWriter extends Writer {
        boolean closed;

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("disk full (injected)");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("disk full (injected)");
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
