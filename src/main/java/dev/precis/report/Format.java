package dev.precis.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the page writes times and durations. */
final class Format {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Format() {
    }

    /** e.g. "0.4 s", "12 s", "3 min 04 s", "1 h 02 min". */
    static String duration(long millis) {
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long s = Math.round(millis / 1000.0);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    /** For chart axes: "0.4 s", "48 s", "1.3 min", "2.1 h". */
    static String shortDuration(long millis) {
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        if (millis < 120_000) {
            return Math.round(millis / 1000.0) + " s";
        }
        if (millis < 7_200_000) {
            return String.format(Locale.ROOT, "%.1f min", millis / 60_000.0);
        }
        return String.format(Locale.ROOT, "%.1f h", millis / 3_600_000.0);
    }

    static String time(LocalDateTime t) {
        return t == null ? "–" : TIME.format(t);
    }
}
