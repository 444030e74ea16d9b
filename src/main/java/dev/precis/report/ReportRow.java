package dev.precis.report;

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
        String title,
        String sha256,
        String summaryPath,
        Long millis) {

    /** A row for a file that produced no summary. */
    public static ReportRow withoutSummary(String path, Status status, String reason, Long bytes, String sha256, Long millis) {
        return new ReportRow(path, status, reason, null, null, bytes, null, null, null, null, null, null, null,
                null, null, null, sha256, null, millis);
    }
}
