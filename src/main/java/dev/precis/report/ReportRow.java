package dev.precis.report;

import dev.precis.metadata.PageMetadata;

/**
 * One line of the CSV report: everything an operator needs to know about one input file.
 * Numbers are null where they do not apply (e.g. a file that could not be read).
 */
public record ReportRow(
        String path,
        Status status,
        String reason,
        String charset,
        String language,
        Long bytes,
        Integer wordsIn,
        Integer wordsCleaned,
        Integer linesIn,
        Integer linesDropped,
        Integer wordsSummary,
        Integer requestedWords,
        Integer requestedParagraphs,
        Integer paragraphs,
        String lengthLimit,
        PageMetadata metadata,
        String sha256,
        String summaryPath,
        Long millis) {

    public ReportRow {
        metadata = metadata == null ? PageMetadata.NONE : metadata;
    }

    /** The article's title, when its input carried one. */
    public String title() {
        return metadata.title();
    }

    /** The row of a file whose bytes and settings match its last summary, which still exists: not redone. */
    public static ReportRow unchanged(String path, long bytes, String sha256, String summaryPath, Long millis) {
        return new ReportRow(path, Status.SKIPPED, UNCHANGED, null, null, bytes, null, null, null, null, null, null, null,
                null, null, null, sha256, summaryPath, millis);
    }

    /** The reason of an unchanged file's row (the run summary counts rows by it). */
    public static final String UNCHANGED = "unchanged since its last summary";

    /** The same row with another reason. */
    public ReportRow withReason(String newReason) {
        return new ReportRow(path, status, newReason, charset, language, bytes, wordsIn, wordsCleaned, linesIn, linesDropped,
                wordsSummary, requestedWords, requestedParagraphs, paragraphs, lengthLimit, metadata, sha256, summaryPath, millis);
    }

    public static ReportRow withoutSummary(String path, Status status, String reason, Long bytes, String sha256, Long millis) {
        return new ReportRow(path, status, reason, null, null, bytes, null, null, null, null, null, null, null,
                null, null, null, sha256, null, millis);
    }
}
