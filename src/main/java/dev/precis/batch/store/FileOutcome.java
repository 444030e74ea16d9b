package dev.precis.batch.store;

import dev.precis.report.ReportRow;

/**
 * What processing one manifest entry produced: its report row, and the texts to write.
 *
 * @param seq            the manifest position
 * @param row            the report row
 * @param summary        the summary text to write, or null
 * @param cleaned        the cleaned text to write (audit trail), or null
 * @param updatesHistory whether this outcome replaces the file's history row (an "unchanged" skip does not)
 * @param staleSummary   the output-relative path of a summary an earlier run wrote for this file, which
 *                       no longer matches it and is removed with its cleaned text, or null
 */
public record FileOutcome(int seq, ReportRow row, String summary, String cleaned, boolean updatesHistory, String staleSummary) {

    public FileOutcome(int seq, ReportRow row, String summary, String cleaned, boolean updatesHistory) {
        this(seq, row, summary, cleaned, updatesHistory, null);
    }
}
