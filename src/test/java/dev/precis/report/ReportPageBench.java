package dev.precis.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The run page of a large run: size and load time in headless Chromium (bench/report-page.sh).
 * Generates N seeded report rows shaped like a real night (mostly summarized, unchanged, the usual
 * skips and failures with numbers in their reasons, several languages, long-tailed lengths), writes
 * a summary file for every summarized row (the page reads the start of the sampled ones), builds
 * the page and the JSON with the production classes, then opens the page R times in fresh tabs.
 *
 * <pre>ReportPageBench [files=100000] [loads=5] [typical|worst] [work dir] [screenshot.png]</pre>
 *
 * {@code worst}: 200-character paths, and 5% failures under 72 distinct reasons, so that every
 * reason group the page lists with its files has its full 50.
 */
public final class ReportPageBench {

    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "en", "de", "fr", "es", "ru", "pl", "zh",
        "ja", "und", "it", "nl", "pt"};
    private static final String[] WORDS = ("the council said on monday that its new budget would pay for road repairs"
            + " and more buses while residents asked about the library hours and school funding in the coming year")
            .split(" ");

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean worst = args.length > 2 && args[2].equals("worst");
        Path work = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("precis-report-bench-");
        Path screenshot = args.length > 4 ? Path.of(args[4]) : null;
        Path output = work.resolve("output");
        Path input = work.resolve("input");
        Random random = new Random(7);

        long t0 = System.nanoTime();
        List<ReportRow> rows = rows(files, random, worst);
        for (ReportRow r : rows) {
            if (r.status() == Status.SUMMARIZED) {
                Path summary = output.resolve(r.summaryPath());
                Files.createDirectories(summary.getParent());
                Files.writeString(summary, text(random, r.wordsSummary()));
            }
        }
        long generated = System.nanoTime();

        RunReportCollector collector = new RunReportCollector();
        RunSummary counts = counts(rows);
        rows.forEach(collector);
        RunReportCollector.Result result = collector.result(new SummaryPreview(output, 200));
        LocalDateTime end = LocalDateTime.of(2026, 1, 30, 2, 17, 40);
        RunReport.Run run = new RunReport.Run("2026-01-30", 1, 30, 31, 1, "COMPLETED", 0, "the run completed",
                end.minusSeconds(72), end, 72_000, input.toString(), output.toString(), "precis-2026-01-30-1");
        List<RunReport.HistoryRun> history = new ArrayList<>();
        for (int night = 1; night <= 30; night++) {
            long n = night == 30 ? counts.files() : files - 30 + night;
            long failed = night == 30 ? counts.failed() : (long) (n * 0.006 * (0.5 + random.nextDouble()));
            history.add(new RunReport.HistoryRun(String.format(Locale.ROOT, "2026-01-%02d", night), 1, night,
                    "COMPLETED", n, night == 30 ? counts.summarized() : (long) (n * 0.1), failed,
                    night == 1 ? 75_000 : 15_000 + random.nextInt(5_000)));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("precis.summary.method", "coverage");
        settings.put("precis.default-words", "200");
        RunReport report = new RunReport(run, List.of(new RunReport.StepTime("manifest", "COMPLETED", 9_000, 1),
                new RunReport.StepTime("summarize", "COMPLETED", 60_000, 1), new RunReport.StepTime("report", "COMPLETED", 3_000, 1)),
                settings, Map.of("precis", "bench"), result, history);
        String html = new HtmlReport(200).render(report);
        String json = new JsonReport().render(report);
        Path page = output.resolve("reports/precis-2026-01-30-1.html");
        ReportFiles.write(page, html, false);
        ReportFiles.write(output.resolve("reports/precis-2026-01-30-1.json"), json, false);
        long built = System.nanoTime();

        System.out.printf(Locale.ROOT, "rows: %,d (%,d summarized, %,d skipped, %,d failed, %,d deleted); generated in %.1f s%n",
                rows.size(), counts.summarized(), counts.skipped(), counts.failed(), counts.deleted(), (generated - t0) / 1e9);
        System.out.printf(Locale.ROOT, "page: %,d bytes (%.2f MB), %d table rows, %d reason groups; JSON %,d bytes;"
                + " collect + render + write %.2f s%n", Files.size(page), Files.size(page) / 1e6, result.sample().size(),
                result.reasons().size(), json.length(), (built - generated) / 1e9);

        List<Long> loadMillis = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.open("about:blank", Duration.ofSeconds(30)); // browser warm-up, not measured
            for (int i = 0; i < loads; i++) {
                HeadlessChromium.Opened opened = chromium.open(page.toUri().toString(), Duration.ofSeconds(60));
                Object timing = opened.page().evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                        + " const p = performance.getEntriesByName('first-contentful-paint')[0];"
                        + " return [Math.round(n.domContentLoadedEventEnd), Math.round(n.loadEventEnd), p ? Math.round(p.startTime) : -1]; })()");
                System.out.printf(Locale.ROOT, "load %d: navigate -> load event %d ms; page timing [DOMContentLoaded, load, first paint] ms %s;"
                        + " console errors %s%n", i + 1, opened.load().toMillis(), timing, opened.page().errors());
                if (!opened.page().errors().isEmpty()) {
                    throw new AssertionError("console errors: " + opened.page().errors());
                }
                loadMillis.add(opened.load().toMillis());
                if (screenshot != null && i == 0) {
                    opened.page().screenshot(screenshot, 1200);
                }
            }
        }
        List<Long> sorted = loadMillis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "page load over %d loads: median %d ms, max %d ms (%,d bytes)%n", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), Files.size(page));
        if (args.length <= 3) {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<ReportRow> rows(int n, Random random, boolean worst) {
        List<ReportRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String path = String.format(Locale.ROOT, "batch-%03d/article-%06d-%s.txt", i / 1000, i,
                    WORDS[random.nextInt(WORDS.length)] + "-" + WORDS[random.nextInt(WORDS.length)]);
            if (worst) {
                path = path.replace(".txt", "-" + "long-name-".repeat(20) + ".txt");
            }
            double p = random.nextDouble();
            if (worst && p < 0.05) {
                // 72 distinct reasons of about 90 files each: every group the page lists with files is full
                String reason = "read error: " + WORDS[random.nextInt(6)] + " " + WORDS[random.nextInt(6)] + " "
                        + WORDS[random.nextInt(2)];
                rows.add(ReportRow.withoutSummary(path, Status.FAILED, reason, 1L, null, 1L));
                continue;
            }
            String sha = String.format(Locale.ROOT, "%016x", random.nextLong()).repeat(4);
            long bytes = 500 + (long) Math.exp(8 + random.nextGaussian());
            if (p < 0.05) {
                rows.add(ReportRow.unchanged(path, bytes, sha, "summaries/" + path + ".summary.txt", 0L));
            } else if (p < 0.07) {
                rows.add(ReportRow.withoutSummary(path, Status.SKIPPED, "empty file", 0L, sha, 0L));
            } else if (p < 0.08) {
                rows.add(ReportRow.withoutSummary(path, Status.SKIPPED, "file too large: " + (10_485_760 + random.nextInt(9_000_000))
                        + " bytes (limit 10485760)", bytes, sha, 0L));
            } else if (p < 0.085) {
                rows.add(ReportRow.withoutSummary(path, Status.FAILED, "binary content (NUL bytes)", bytes, sha, 1L));
            } else if (p < 0.09) {
                rows.add(ReportRow.withoutSummary(path, Status.FAILED, "not valid UTF-8 and not recognizably Latin-1/Windows-1252"
                        + " text; re-save it as UTF-8", bytes, sha, 1L));
            } else if (p < 0.092) {
                rows.add(ReportRow.withoutSummary(path, Status.FAILED, "read error: " + "Input/output error #" + random.nextInt(5000),
                        bytes, sha, 1L));
            } else if (p < 0.11) {
                rows.add(new ReportRow(path, Status.SKIPPED, "no story text after cleaning (boilerplate only)", "UTF-8",
                        language(random), bytes, 40 + random.nextInt(80), 0, 10, 10, null, 200, 3, null, null, null, sha,
                        null, 2L));
            } else if (p < 0.113) {
                rows.add(new ReportRow(path, Status.DELETED, "input file removed; its summary was left in place", null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, "summaries/" + path + ".summary.txt",
                        null));
            } else {
                int wordsIn = Math.max(20, (int) Math.exp(6.3 + 0.8 * random.nextGaussian()));
                int cleaned = (int) (wordsIn * (0.6 + 0.35 * random.nextDouble()));
                int requested = random.nextDouble() < 0.7 ? 200 : 50 + random.nextInt(2000);
                int share = cleaned / 2;
                int bound = Math.min(requested, share);
                int summary = Math.max(5, (int) (bound * (0.75 + 0.25 * random.nextDouble())));
                String limit = bound == requested ? "requested-words" : "article-share";
                rows.add(new ReportRow(path, Status.SUMMARIZED, random.nextBoolean() ? "no instruction line: default budget" : null,
                        "UTF-8", language(random), bytes, wordsIn, cleaned, 40, 12, summary, requested, 3, 2, limit,
                        random.nextDouble() < 0.2 ? dev.precis.metadata.PageMetadata.titleOnly("A headline about " + WORDS[random.nextInt(WORDS.length)]) : null, sha,
                        "summaries/" + path + ".summary.txt", 3L));
            }
        }
        return rows;
    }

    private static RunSummary counts(List<ReportRow> rows) {
        long summarized = 0;
        long skipped = 0;
        long unchanged = 0;
        long failed = 0;
        long deleted = 0;
        for (ReportRow r : rows) {
            switch (r.status()) {
                case SUMMARIZED -> summarized++;
                case SKIPPED -> {
                    skipped++;
                    if (ReportRow.UNCHANGED.equals(r.reason())) {
                        unchanged++;
                    }
                }
                case FAILED -> failed++;
                case DELETED -> deleted++;
            }
        }
        return new RunSummary(rows.size() - deleted, summarized, skipped, unchanged, failed, deleted);
    }

    private static String language(Random random) {
        return LANGUAGES[random.nextInt(LANGUAGES.length)];
    }

    private static String text(Random random, int words) {
        StringBuilder s = new StringBuilder(words * 6);
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : i % 18 == 0 ? ".\n\n" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append(".\n").toString();
    }
}
