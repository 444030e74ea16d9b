package dev.precis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a run's report rows once, in report order, and keeps what the page and the JSON need in
 * bounded memory whatever the folder's size: reasons with counts and their first files, histograms,
 * languages, and a sample of the summarized files. The CSV stays the full record.
 */
public final class RunReportCollector implements Consumer<ReportRow> {

    /** Files listed under each reason; the rest are counted. */
    public static final int FILES_PER_REASON = 50;
    /** Distinct reasons tracked; further ones are counted together per status. */
    static final int MAX_REASON_GROUPS = 1000;
    /** Up to this many summarized files, the table shows them all. */
    public static final int SAMPLE_ALL = 500;
    /** Beyond that: the first files in report order, and the longest and shortest articles. */
    static final int SAMPLE_FIRST = 300;
    static final int SAMPLE_EXTREMES = 50;

    /** Upper bounds (exclusive) of the words-in buckets; the last bucket is open. */
    private static final int[] WORD_BOUNDS = {50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000};
    private static final List<String> WORD_LABELS = List.of("<50", "50–99", "100–199", "200–499", "500–999",
            "1k–2k", "2k–5k", "5k–10k", "≥10k");
    private static final List<String> FILL_LABELS = List.of("0–9", "10–19", "20–29", "30–39", "40–49",
            "50–59", "60–69", "70–79", "80–89", "90–100");

    /**
     * Numbers that stand alone ("12345 bytes", "budget of 30 words"), not those inside names such
     * as UTF-8 or Windows-1252: replaced by # so that reasons differing only in them group together.
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_-])\\d+(?:[.,]\\d+)*(?![\\p{L}\\p{N}_-])");

    private final Map<String, GroupBuilder> groups = new HashMap<>();
    private final long[] wordsIn = new long[WORD_BOUNDS.length + 1];
    private final long[] fill = new long[FILL_LABELS.size()];
    private final Map<String, Long> languages = new HashMap<>();
    private final Map<String, Long> lengthLimits = new TreeMap<>();
    private final List<Indexed> first = new ArrayList<>();
    private final PriorityQueue<Indexed> longest = new PriorityQueue<>(BY_WORDS);
    private final PriorityQueue<Indexed> shortest = new PriorityQueue<>(BY_WORDS.reversed());
    private long summarized;
    private long skipped;
    private long unchanged;
    private long failed;
    private long deleted;
    private int index;

    private static final Comparator<Indexed> BY_WORDS = Comparator.<Indexed>comparingInt(i -> words(i.row()))
            .thenComparing(Comparator.comparingInt(Indexed::index).reversed());

    private record Indexed(int index, ReportRow row) {
    }

    /** A group of skipped, failed or deleted files that share a reason. */
    public record ReasonGroup(Status status, String reason, long count, List<FileRef> files) {
    }

    /** A listed file: its path, and its own reason when that says more than the group's. */
    public record FileRef(String path, String reason) {
    }

    /** Counts per bucket, with the buckets' labels. */
    public record Histogram(List<String> labels, List<Long> counts) {

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A summarized file in the page's table.
     *
     * @param tag     why a sampled file is shown ({@code first}, {@code longest}, {@code shortest}), empty when all are
     * @param preview the start of its summary, or null when the file could not be read
     */
    public record SampleRow(ReportRow row, String tag, String preview) {
    }

    /**
     * What the rows add up to.
     *
     * @param reasons      skipped, failed and deleted files by status and reason, most frequent first
     * @param wordsIn      words in the files that were read (before cleaning)
     * @param summaryFill  summary words as a share of the requested budget, for summarized files
     * @param languages    detected languages of the files that were read, most frequent first
     * @param lengthLimits summarized files by the bound that decided their length
     * @param sample       summarized files shown in the table, in report order
     * @param counts       files by status (the same as {@code ResultTable.summary})
     */
    public record Result(RunSummary counts, List<ReasonGroup> reasons, Histogram wordsIn, Histogram summaryFill, Map<String, Long> languages,
            Map<String, Long> lengthLimits, List<SampleRow> sample) {

        public long summarized() {
            return counts.summarized();
        }

        /** Whether the table shows a sample rather than every summarized file. */
        public boolean sampled() {
            return sample.size() < counts.summarized();
        }
    }

    @Override
    public void accept(ReportRow row) {
        int at = index++;
        switch (row.status()) {
            case SUMMARIZED -> summarized++;
            case SKIPPED -> {
                skipped++;
                if (row.reason() != null && row.reason().startsWith(ReportRow.UNCHANGED)) {
                    unchanged++;
                }
            }
            case FAILED -> failed++;
            case DELETED -> deleted++;
        }
        if (row.status() != Status.SUMMARIZED) {
            group(row);
        }
        if (row.wordsIn() != null) {
            wordsIn[bucket(row.wordsIn())]++;
            String language = row.language() == null || row.language().isBlank() ? "und" : row.language();
            languages.merge(language, 1L, Long::sum);
        }
        if (row.status() == Status.SUMMARIZED) {
            if (row.wordsSummary() != null && row.requestedWords() != null && row.requestedWords() > 0) {
                int percent = (int) (100L * row.wordsSummary() / row.requestedWords());
                fill[Math.min(percent / 10, fill.length - 1)]++;
            }
            if (row.lengthLimit() != null) {
                lengthLimits.merge(row.lengthLimit(), 1L, Long::sum);
            }
            Indexed item = new Indexed(at, row);
            if (first.size() < SAMPLE_ALL) {
                first.add(item);
            }
            keep(longest, item);
            keep(shortest, item);
        }
    }

    private static void keep(PriorityQueue<Indexed> heap, Indexed item) {
        heap.add(item);
        if (heap.size() > SAMPLE_EXTREMES) {
            heap.poll();
        }
    }

    private void group(ReportRow row) {
        String reason = row.reason() == null || row.reason().isBlank() ? "(no reason given)" : row.reason();
        String label = NUMBER.matcher(reason).replaceAll("#");
        String key = row.status() + "\u0000" + label;
        GroupBuilder g = groups.get(key);
        if (g == null) {
            if (groups.size() >= MAX_REASON_GROUPS) {
                label = "(other reasons)";
                key = row.status() + "\u0000" + label;
                g = groups.get(key);
            }
            if (g == null) {
                g = new GroupBuilder(row.status(), label);
                groups.put(key, g);
            }
        }
        g.count++;
        if (g.files.size() < FILES_PER_REASON) {
            g.files.add(new FileRef(row.path(), reason.equals(g.reason) ? null : reason));
        }
    }

    private static final class GroupBuilder {
        final Status status;
        final String reason;
        final List<FileRef> files = new ArrayList<>();
        long count;

        GroupBuilder(Status status, String reason) {
            this.status = status;
            this.reason = reason;
        }
    }

    /** The result; {@code previews} gives the start of a summary from its output-relative path (null if unreadable). */
    public Result result(Function<String, String> previews) {
        List<ReasonGroup> reasons = groups.values().stream()
                .sorted(Comparator.<GroupBuilder>comparingInt(g -> statusOrder(g.status))
                        .thenComparing(Comparator.<GroupBuilder>comparingLong(g -> g.count).reversed())
                        .thenComparing(g -> g.reason))
                .map(g -> new ReasonGroup(g.status, g.reason, g.count, List.copyOf(g.files)))
                .toList();
        Map<String, Long> byLanguage = new LinkedHashMap<>();
        languages.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byLanguage.put(e.getKey(), e.getValue()));
        RunSummary counts = new RunSummary(summarized + skipped + failed, summarized, skipped, unchanged, failed, deleted);
        return new Result(counts, reasons, histogram(WORD_LABELS, wordsIn), histogram(FILL_LABELS, fill), byLanguage,
                new LinkedHashMap<>(lengthLimits), sample(previews));
    }

    private List<SampleRow> sample(Function<String, String> previews) {
        Map<Integer, String> tags = new TreeMap<>();
        if (summarized <= SAMPLE_ALL) {
            first.forEach(i -> tags.put(i.index(), ""));
        } else {
            first.stream().limit(SAMPLE_FIRST).forEach(i -> tags.put(i.index(), "first"));
            longest.forEach(i -> tags.putIfAbsent(i.index(), "longest"));
            shortest.forEach(i -> tags.putIfAbsent(i.index(), "shortest"));
        }
        Map<Integer, ReportRow> rows = new HashMap<>();
        for (Iterable<Indexed> source : List.<Iterable<Indexed>>of(first, longest, shortest)) {
            source.forEach(i -> rows.put(i.index(), i.row()));
        }
        List<SampleRow> sample = new ArrayList<>(tags.size());
        tags.forEach((at, tag) -> {
            ReportRow row = rows.get(at);
            sample.add(new SampleRow(row, tag, row.summaryPath() == null ? null : previews.apply(row.summaryPath())));
        });
        return sample;
    }

    private static Histogram histogram(List<String> labels, long[] counts) {
        List<Long> values = new ArrayList<>(counts.length);
        for (long c : counts) {
            values.add(c);
        }
        return new Histogram(labels, List.copyOf(values));
    }

    private static int bucket(int words) {
        for (int i = 0; i < WORD_BOUNDS.length; i++) {
            if (words < WORD_BOUNDS[i]) {
                return i;
            }
        }
        return WORD_BOUNDS.length;
    }

    private static int words(ReportRow row) {
        return row.wordsIn() == null ? 0 : row.wordsIn();
    }

    private static int statusOrder(Status status) {
        return switch (status) {
            case FAILED -> 0;
            case SKIPPED -> 1;
            case DELETED -> 2;
            case SUMMARIZED -> 3;
        };
    }
}
