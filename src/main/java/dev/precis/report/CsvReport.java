package dev.precis.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the run's report as RFC 4180 CSV (UTF-8, CRLF, quoted where needed), atomically: the
 * rows go to a temporary file that is renamed into place, so a reader never sees half a report.
 */
public final class CsvReport {

    public static final String[] HEADER = {
        "path", "status", "reason", "charset", "language", "title", "author", "published", "site", "bytes", "words_in", "words_cleaned", "lines_in",
        "lines_dropped", "words_summary", "requested_words", "requested_paragraphs", "paragraphs", "length_limit",
        "sha256", "summary", "millis"
    };

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /** Streams rows into the report; close it to publish the file. */
    public static final class Writing implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final CSVPrinter printer;
        private boolean done;

        private Writing(Path target, CsvReport report) throws IOException {
            Files.createDirectories(target.getParent());
            this.target = target;
            this.temp = target.resolveSibling(target.getFileName() + ".precis-tmp");
            Writer out = report.writers.open(temp);
            try {
                // CSVPrinter writes the header at once: if that fails, close and remove what was opened.
                this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            } catch (IOException | RuntimeException e) {
                try {
                    out.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        public void write(ReportRow row) throws IOException {
            printer.printRecord(
                    safe(row.path()), row.status().name(), safe(row.reason()), safe(row.charset()), safe(row.language()),
                    safe(row.metadata().title()), safe(row.metadata().author()), safe(row.metadata().published()),
                    safe(row.metadata().site()),
                    row.bytes(), row.wordsIn(), row.wordsCleaned(), row.linesIn(), row.linesDropped(),
                    row.wordsSummary(), row.requestedWords(), row.requestedParagraphs(), row.paragraphs(),
                    safe(row.lengthLimit()), safe(row.sha256()), safe(row.summaryPath()),
                    row.millis());
        }

        /** Flushes (with {@code fsync}, to the disk) and renames the report into place. */
        public void publish(boolean fsync) throws IOException {
            printer.close(true);
            if (fsync) {
                ReportFiles.force(temp);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                try {
                    printer.close();
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    public Writing open(Path target) throws IOException {
        return new Writing(target, this);
    }

    /** Opens the temporary file's writer; a seam for tests that need one that fails. */
    interface WriterFactory {
        Writer open(Path temp) throws IOException;
    }

    private final WriterFactory writers;

    public CsvReport() {
        this(temp -> Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
    }

    CsvReport(WriterFactory writers) {
        this.writers = writers;
    }

    /**
     * OWASP's rule against formula injection: a text cell starting with = + - @ tab or carriage
     * return gets a leading apostrophe, so spreadsheets show it as text. Plain numbers stay as they are.
     * A cell that starts with an apostrophe gets one too, so the quoting can be undone exactly.
     */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        // A cell that really starts with ' gets one more, so "drop one leading '" restores every cell.
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'';
        if (risky && !PLAIN_NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }
}
