package dev.precis.report;

import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts, drawn on the server: the page needs no script and no library. Every
 * shape has a {@code <title>} (shown on hover) and every chart an accessible label.
 */
final class Charts {

    static final String SUMMARIZED = "#2da44e";
    static final String UNCHANGED = "#8ab4d8";
    static final String SKIPPED = "#d4a72c";
    static final String FAILED = "#cf222e";
    static final String DELETED = "#8c959f";
    static final String BAR = "#4b7bb5";
    static final String OTHER = "#c4ccd4";

    private Charts() {
    }

    /** One segment of a stacked bar. */
    record Segment(String label, long value, String colour) {
    }

    /** A horizontal bar split into segments proportional to their values. */
    static String stackedBar(String label, List<Segment> segments) {
        long total = segments.stream().mapToLong(Segment::value).sum();
        int width = 1000;
        int height = 28;
        StringBuilder svg = open(width, height, label, "bar");
        if (total == 0) {
            svg.append(rect(0, 0, width, height, OTHER, "no files"));
        } else {
            double x = 0;
            for (Segment s : segments) {
                if (s.value() == 0) {
                    continue;
                }
                double w = width * (double) s.value() / total;
                svg.append(rect(x, 0, Math.max(w, 2), height, s.colour(),
                        s.label() + ": " + number(s.value()) + " (" + percent(s.value(), total) + ")"));
                x += w;
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical bars with a count over each and the bucket's label under it. */
    static String histogram(String label, List<String> labels, List<Long> counts, String colour) {
        int n = labels.size();
        int width = 540;
        int height = 170;
        int top = 16;
        int bottom = 22;
        double slot = (double) width / n;
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = open(width, height, label, "chart");
        svg.append(line(0, height - bottom + 0.5, width, height - bottom + 0.5));
        for (int i = 0; i < n; i++) {
            long c = counts.get(i);
            double h = (height - top - bottom) * (double) c / max;
            double x = i * slot + slot * 0.12;
            double y = height - bottom - h;
            svg.append(rect(x, y, slot * 0.76, Math.max(h, c > 0 ? 1 : 0), colour, labels.get(i) + ": " + number(c)));
            svg.append(text(x + slot * 0.38, y - 4, number(c), "middle"));
            svg.append(text(x + slot * 0.38, height - 7, labels.get(i), "middle"));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one row per label, with the count at the end. */
    static String rows(String label, List<String> labels, List<Long> counts, String colour) {
        int rowHeight = 20;
        int width = 420;
        int labelWidth = 70;
        int countWidth = 70;
        int height = Math.max(rowHeight, labels.size() * rowHeight);
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = open(width, height, label, "chart");
        for (int i = 0; i < labels.size(); i++) {
            long c = counts.get(i);
            double w = (width - labelWidth - countWidth) * (double) c / max;
            int y = i * rowHeight;
            svg.append(text(labelWidth - 8, y + 14, labels.get(i), "end"));
            svg.append(rect(labelWidth, y + 3, Math.max(w, 1), rowHeight - 6, colour, labels.get(i) + ": " + number(c)));
            svg.append(text(labelWidth + w + 6, y + 14, number(c), "start"));
        }
        return svg.append("</svg>").toString();
    }

    /** A column of the history chart: one run. */
    record Column(String label, String title, List<Segment> stack, boolean highlight) {
    }

    /** Width of one run's column in the history charts, in CSS pixels. */
    static final int RUN_SLOT = 34;

    /**
     * Stacked columns, one per run, oldest on the left, the current run outlined, each labelled with
     * its night and number (slanted, so every run has its label). Drawn at its natural size, a slot
     * per run: one run is one narrow column, not a bar stretched across the page; on a narrow screen
     * the caller's box scrolls.
     */
    static String columns(String label, List<Column> columns, String unit) {
        int top = 18;
        int plotHeight = 110;
        int bottom = 84;
        int left = 64;
        int width = left + Math.max(columns.size(), 1) * RUN_SLOT + 16;
        int height = top + plotHeight + bottom;
        int base = top + plotHeight;
        double max = Math.max(1, columns.stream().mapToDouble(c -> c.stack().stream().mapToLong(Segment::value).sum()).max().orElse(1));
        StringBuilder svg = new StringBuilder(2048).append(String.format(Locale.ROOT,
                "<svg class=\"runs\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                width, height, width, height, Html.escape(label)));
        svg.append(line(left, base + 0.5, width, base + 0.5));
        svg.append(text(left - 6, top + 4, axis(max, unit), "end"));
        svg.append(text(left - 6, base, "0", "end"));
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double x = left + i * RUN_SLOT + RUN_SLOT * 0.15;
            double w = RUN_SLOT * 0.7;
            double y = base;
            double total = 0;
            for (Segment s : c.stack()) {
                double h = plotHeight * s.value() / max;
                total += h;
                if (h > 0) {
                    y -= h;
                    svg.append(rect(x, y, w, h, s.colour(), c.title()));
                }
            }
            if (c.highlight()) {
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>",
                        x - 1.5, base - total - 1.5, w + 3, total + 1.5));
            }
            double lx = x + w / 2 + 4;
            double ly = base + 12;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" transform=\"rotate(-55 %.1f %.1f)\">%s</text>",
                    lx, ly, lx, ly, Html.escape(c.label())));
        }
        return svg.append("</svg>").toString();
    }

    private static String axis(double max, String unit) {
        return "ms".equals(unit) ? Format.shortDuration((long) max) : number((long) max);
    }

    private static StringBuilder open(int width, int height, String label, String cls) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"%s\" viewBox=\"0 0 %d %d\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"%s\">",
                cls, width, height, Html.escape(label)));
        return svg;
    }

    private static String rect(double x, double y, double w, double h, String fill, String title) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                x, y, w, h, fill, Html.escape(title));
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8c959f\"/>", x1, y1, x2, y2);
    }

    private static String text(double x, double y, String s, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, Html.escape(s));
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(long part, long total) {
        return total == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
    }
}
