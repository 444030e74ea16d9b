package dev.precis.report;

import java.time.Duration;
import java.util.Locale;

/** The counts of one run (a job instance, across its restarts), for the one-line summary. */
public record RunSummary(long files, long summarized, long skipped, long unchanged, long failed, long deleted) {

    /** e.g. "12 files: 9 summarized, 2 skipped (1 unchanged), 1 failed, 0 deleted in 3.2 s". */
    public String describe(Duration elapsed) {
        return String.format(Locale.ROOT, "%d files: %d summarized, %d skipped (%d unchanged), %d failed, %d deleted in %.1f s",
                files, summarized, skipped, unchanged, failed, deleted, elapsed.toMillis() / 1000.0);
    }
}
