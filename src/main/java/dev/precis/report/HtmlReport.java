package dev.precis.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.precis.report.Charts.Column;
import dev.precis.report.Charts.Segment;
import dev.precis.report.RunReportCollector.FileRef;
import dev.precis.report.RunReportCollector.ReasonGroup;
import dev.precis.report.RunReportCollector.SampleRow;

/**
 * The run page: one self-contained HTML file (inline CSS and SVG, no script, no network; a
 * Content-Security-Policy forbids anything else), written next to the CSV. Every string that
 * comes from the input folder is escaped by {@link Html#escape}.
 */
public final class HtmlReport {

    /** Reason groups shown with their files; the rest are listed as one line each. */
    static final int GROUPS_WITH_FILES = 40;
    /** Reason groups shown open. */
    static final int GROUPS_OPEN = 5;
    /** Reason groups listed at all (the JSON has them all). */
    static final int GROUPS_LISTED = 200;
    /** Languages drawn; the rest are one bar. */
    static final int LANGUAGES = 12;

    private static final String CSS = """
            :root{color-scheme:light}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;\
            background:#fff;margin:0 auto;max-width:1120px;padding:20px 24px 40px}
            h1{font-size:22px;margin:0 0 2px;font-weight:600}
            h2{font-size:17px;font-weight:600;margin:30px 0 10px;padding-bottom:4px;border-bottom:1px solid #d0d7de}
            h3{font-size:14px;font-weight:600;margin:14px 0 6px}
            a{color:#0a58ca;text-decoration:none}a:hover{text-decoration:underline}
            .status{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;\
            vertical-align:3px;margin-left:6px}
            .ok{background:#dafbe1;color:#116329}.bad{background:#ffebe9;color:#a40e26}\
            .warn{background:#fff8c5;color:#7d4e00}.grey{background:#eaeef2;color:#424a53}
            .muted{color:#59636e}
            .meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 18px;margin:12px 0}
            .meta dt{color:#59636e}.meta dd{margin:0}
            .path{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px;\
            word-break:break-all;white-space:pre-wrap}
            table{border-collapse:collapse}
            th,td{text-align:left;padding:3px 14px 3px 0;vertical-align:top}
            th{font-weight:600;border-bottom:1px solid #d0d7de}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .cards{display:flex;flex-wrap:wrap;gap:8px 40px}.card{flex:1 1 420px;min-width:0}
            svg{display:block;max-width:100%;height:auto}svg.bar{width:100%;margin:4px 0 10px}
            svg.chart{width:100%}svg text{font:11px system-ui,sans-serif;fill:#424a53}
            .swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;vertical-align:-1px}
            details.reason{margin:6px 0;border:1px solid #d0d7de;border-radius:6px;padding:6px 10px}
            details.reason>summary{cursor:pointer}
            details.reason ul{margin:6px 0 2px;padding-left:20px;columns:26em auto;column-gap:28px}
            details.reason li{break-inside:avoid}
            .scroll{overflow-x:auto;max-width:100%}
            table.files{width:100%;min-width:700px;table-layout:fixed}table.files td{border-bottom:1px solid #eaeef2;\
            overflow-wrap:anywhere}table.files td.num{white-space:normal}
            table.files .c-path{width:26%}table.files .c-lang{width:4em}table.files .c-words{width:11em}\
            table.files .c-limit{width:10em}table.files th{white-space:normal}
            svg.runs{max-width:none;width:auto}
            @media (max-width:600px){body{padding:12px 12px 30px}.meta{grid-template-columns:1fr}.meta dd{margin-bottom:4px}\
            .cards{gap:8px}}
            .value{word-break:break-all}
            .title{display:block;color:#59636e;font-size:12.5px}
            .tag{font-size:11px;color:#59636e;border:1px solid #d0d7de;border-radius:8px;padding:0 5px;margin-left:4px}
            footer{margin-top:36px;color:#59636e;font-size:12.5px}
            """;

    private final int summaryChars;

    public HtmlReport(int summaryChars) {
        this.summaryChars = summaryChars;
    }

    public String render(RunReport report) {
        RunReport.Run run = report.run();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Precis run ").append(esc(run.label())).append(" – ").append(esc(run.status())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style></head>\n<body>\n");
        header(h, report);
        counts(h, report);
        history(h, report);
        reasons(h, report);
        distributions(h, report);
        summaries(h, report);
        footer(h, report);
        return h.append("</body></html>\n").toString();
    }

    private void header(StringBuilder h, RunReport report) {
        RunReport.Run run = report.run();
        h.append("<header>\n<h1>Precis run ").append(esc(run.label())).append(' ').append(badge(run.status())).append("</h1>\n");
        h.append("<div class=\"muted\" id=\"exit\">");
        if (run.exitCode() != null) {
            h.append("Exit code ").append(run.exitCode()).append(": ");
        }
        h.append(esc(run.exitMeaning())).append("</div>\n<dl class=\"meta\">\n");
        meta(h, "Started", Format.time(run.started()));
        meta(h, "Finished", Format.time(run.finished()));
        meta(h, "Time running", Format.duration(run.millis())
                + (run.attempts() > 1 ? " in " + run.attempts() + " attempts" : ""));
        h.append("<dt>Input</dt><dd class=\"path\">").append(esc(run.input())).append("</dd>\n");
        h.append("<dt>Output</dt><dd class=\"path\">").append(esc(run.output())).append("</dd>\n");
        h.append("<dt>Report</dt><dd><a href=\"").append(esc(Html.encodePath(run.reportName() + ".csv"))).append("\">CSV</a> (every file)")
                .append(" · <a href=\"").append(esc(Html.encodePath(run.reportName() + ".json"))).append("\">JSON</a> (summary)</dd>\n");
        h.append("</dl>\n<div class=\"cards\">\n<div class=\"card\"><h3>Steps</h3>\n<table id=\"steps\"><tr><th>step</th>")
                .append("<th>status</th><th class=\"num\">time</th><th class=\"num\">attempts</th></tr>\n");
        for (RunReport.StepTime s : report.steps()) {
            h.append("<tr><td>").append(esc(s.name())).append("</td><td>").append(esc(s.status()))
                    .append("</td><td class=\"num\">").append(Format.duration(s.millis())).append("</td><td class=\"num\">")
                    .append(s.attempts()).append("</td></tr>\n");
        }
        h.append("</table></div>\n<div class=\"card\"><h3>Settings that shape summaries</h3>\n<table id=\"settings\">\n");
        for (Map.Entry<String, String> e : report.settings().entrySet()) {
            h.append("<tr><td class=\"muted\">").append(esc(e.getKey())).append("</td><td class=\"value\">").append(esc(e.getValue()))
                    .append("</td></tr>\n");
        }
        h.append("</table></div>\n</div>\n</header>\n");
    }

    private static void meta(StringBuilder h, String name, String value) {
        h.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private void counts(StringBuilder h, RunReport report) {
        RunSummary c = report.counts();
        long otherSkips = c.skipped() - c.unchanged();
        List<Segment> segments = List.of(
                new Segment("summarized", c.summarized(), Charts.SUMMARIZED),
                new Segment("unchanged", c.unchanged(), Charts.UNCHANGED),
                new Segment("skipped", otherSkips, Charts.SKIPPED),
                new Segment("failed", c.failed(), Charts.FAILED),
                new Segment("deleted", c.deleted(), Charts.DELETED));
        h.append("<section id=\"counts\">\n<h2>Files</h2>\n");
        h.append(Charts.stackedBar("Files by status", segments)).append('\n');
        long all = c.files() + c.deleted();
        h.append("<table class=\"counts\">\n");
        countRow(h, "files", "Files in the input", null, c.files(), -1);
        countRow(h, "summarized", "Summarized", Charts.SUMMARIZED, c.summarized(), all);
        countRow(h, "unchanged", "Unchanged since their last summary (skipped, not redone)", Charts.UNCHANGED, c.unchanged(), all);
        countRow(h, "skipped", "Skipped for another reason", Charts.SKIPPED, otherSkips, all);
        countRow(h, "failed", "Failed", Charts.FAILED, c.failed(), all);
        countRow(h, "deleted", "Deleted from the input since the last run", Charts.DELETED, c.deleted(), all);
        h.append("</table>\n</section>\n");
    }

    private static void countRow(StringBuilder h, String id, String label, String colour, long n, long all) {
        h.append("<tr><td>");
        if (colour != null) {
            h.append("<span class=\"swatch\" style=\"background:").append(colour).append("\"></span>");
        }
        h.append(esc(label)).append("</td><td class=\"num\" id=\"count-").append(id).append("\">").append(Charts.number(n))
                .append("</td><td class=\"num muted\">").append(all < 0 ? "" : Charts.percent(n, all)).append("</td></tr>\n");
    }

    private void history(StringBuilder h, RunReport report) {
        List<RunReport.HistoryRun> runs = report.history();
        h.append("<section id=\"history\">\n<h2>Recent runs of this input folder</h2>\n");
        if (runs.size() <= 1) {
            h.append("<p class=\"muted\">This is the first run recorded for this input folder.</p>\n");
        }
        List<Column> files = new ArrayList<>();
        List<Column> times = new ArrayList<>();
        for (RunReport.HistoryRun r : runs) {
            boolean current = r.instanceId() == report.run().instanceId();
            String title = r.label() + " (" + r.status() + "): " + Charts.number(r.files()) + " files, "
                    + Charts.number(r.summarized()) + " summarized, " + Charts.number(r.failed()) + " failed, "
                    + Format.duration(r.millis());
            // The whole label (year and run number): two runs of one night, or of two years, must read apart.
            String label = r.label();
            long other = Math.max(0, r.files() - r.summarized() - r.failed());
            files.add(new Column(label, title, List.of(new Segment("summarized", r.summarized(), Charts.SUMMARIZED),
                    new Segment("failed", r.failed(), Charts.FAILED), new Segment("other", other, Charts.OTHER)), current));
            times.add(new Column(label, title, List.of(new Segment("time", r.millis(), Charts.BAR)), current));
        }
        h.append("<div class=\"cards\"><div class=\"card\"><h3>Files per run <span class=\"muted\">(green summarized, red failed,")
                .append(" grey skipped or unchanged; this run outlined)</span></h3>\n")
                .append("<div class=\"scroll\">").append(Charts.columns("Files per run", files, "files")).append("</div></div></div>\n");
        h.append("<div class=\"cards\"><div class=\"card\"><h3>Time per run</h3>\n<div class=\"scroll\">")
                .append(Charts.columns("Time per run", times, "ms")).append("</div></div></div>\n");
        h.append("<details><summary>The runs as a table</summary>\n<div class=\"scroll\"><table><tr><th>run</th><th>status</th><th class=\"num\">files</th>")
                .append("<th class=\"num\">summarized</th><th class=\"num\">failed</th><th class=\"num\">time</th></tr>\n");
        for (int i = runs.size() - 1; i >= 0; i--) {
            RunReport.HistoryRun r = runs.get(i);
            h.append("<tr><td>").append(esc(r.label())).append("</td><td>").append(esc(r.status())).append("</td><td class=\"num\">")
                    .append(Charts.number(r.files())).append("</td><td class=\"num\">").append(Charts.number(r.summarized()))
                    .append("</td><td class=\"num\">").append(Charts.number(r.failed())).append("</td><td class=\"num\">")
                    .append(Format.duration(r.millis())).append("</td></tr>\n");
        }
        h.append("</table></div></details>\n</section>\n");
    }

    private void reasons(StringBuilder h, RunReport report) {
        List<ReasonGroup> groups = report.rows().reasons();
        h.append("<section id=\"reasons\">\n<h2>Skipped, failed and deleted files, by reason</h2>\n");
        if (groups.isEmpty()) {
            h.append("<p class=\"muted\">None: every file was summarized.</p>\n</section>\n");
            return;
        }
        Path input = Path.of(report.run().input());
        int shown = 0;
        for (ReasonGroup g : groups) {
            if (shown == GROUPS_LISTED) {
                long files = groups.stream().skip(GROUPS_LISTED).mapToLong(ReasonGroup::count).sum();
                h.append("<p class=\"muted\">").append(Charts.number(groups.size() - GROUPS_LISTED)).append(" more reasons (")
                        .append(Charts.number(files)).append(" files): see the JSON and the CSV.</p>\n");
                break;
            }
            boolean withFiles = shown < GROUPS_WITH_FILES;
            // The first groups (failures first) open; the rest one click away, so a page with many
            // full groups still lays out quickly.
            h.append("<details class=\"reason\"").append(shown < GROUPS_OPEN ? " open" : "").append("><summary>")
                    .append(badge(g.status().name())).append(' ').append(esc(g.reason())).append(" – <b>")
                    .append(Charts.number(g.count())).append("</b> ").append(g.count() == 1 ? "file" : "files").append("</summary>\n");
            if (withFiles) {
                h.append("<ul>\n");
                for (FileRef f : g.files()) {
                    h.append("<li>");
                    if (g.status() == Status.DELETED) {
                        h.append("<span class=\"path\">").append(esc(f.path())).append("</span>");
                    } else {
                        h.append("<a class=\"path\" href=\"").append(esc(inputUrl(input, f.path()))).append("\">")
                                .append(esc(f.path())).append("</a>");
                    }
                    if (f.reason() != null) {
                        h.append(" <span class=\"muted\">").append(esc(f.reason())).append("</span>");
                    }
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
                if (g.count() > g.files().size()) {
                    h.append("<div class=\"muted\">and ").append(Charts.number(g.count() - g.files().size()))
                            .append(" more: see the CSV</div>\n");
                }
            } else {
                h.append("<div class=\"muted\">Files: see the CSV.</div>\n");
            }
            h.append("</details>\n");
            shown++;
        }
        h.append("</section>\n");
    }

    private void distributions(StringBuilder h, RunReport report) {
        RunReportCollector.Result rows = report.rows();
        h.append("<section id=\"distributions\">\n<h2>Distributions</h2>\n<div class=\"cards\">\n");
        h.append("<div class=\"card\"><h3>Words in <span class=\"muted\">(files read, before cleaning: ")
                .append(Charts.number(rows.wordsIn().total())).append(")</span></h3>\n")
                .append(Charts.histogram("Words in", rows.wordsIn().labels(), rows.wordsIn().counts(), Charts.BAR))
                .append("</div>\n");
        h.append("<div class=\"card\"><h3>Summary fill <span class=\"muted\">(summary words as % of the requested words)</span></h3>\n")
                .append(Charts.histogram("Summary fill", rows.summaryFill().labels(), rows.summaryFill().counts(), Charts.SUMMARIZED))
                .append("</div>\n");
        List<String> languages = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long rest = 0;
        int restKinds = 0;
        for (Map.Entry<String, Long> e : rows.languages().entrySet()) {
            if (languages.size() < LANGUAGES) {
                languages.add(e.getKey());
                counts.add(e.getValue());
            } else {
                rest += e.getValue();
                restKinds++;
            }
        }
        if (restKinds > 0) {
            languages.add(restKinds + " more");
            counts.add(rest);
        }
        long read = counts.stream().mapToLong(Long::longValue).sum();
        long unchanged = report.counts().unchanged();
        // Unchanged files are not read again, so on a quiet night this chart covers only the few that were.
        h.append("<div class=\"card\"><h3 id=\"languages-heading\">Languages <span class=\"muted\">(of the ")
                .append(Charts.number(read)).append(read == 1 ? " file" : " files").append(" read in this run")
                .append(unchanged > 0 ? "; " + Charts.number(unchanged) + " unchanged " + (unchanged == 1 ? "file was" : "files were")
                        + " not read again" : "")
                .append("; ISO 639-1, und: not determined)</span></h3>\n")
                .append(languages.isEmpty() ? "<p class=\"muted\">No file was read.</p>"
                        : Charts.rows("Languages", languages, counts, Charts.BAR))
                .append("</div>\n");
        h.append("<div class=\"card\"><h3>What decided each summary's length</h3>\n<table id=\"length-limits\">\n");
        rows.lengthLimits().forEach((limit, n) -> h.append("<tr><td>").append(esc(limit)).append("</td><td class=\"num\">")
                .append(Charts.number(n)).append("</td><td class=\"num muted\">").append(Charts.percent(n, rows.summarized()))
                .append("</td></tr>\n"));
        h.append("</table>\n<p class=\"muted\">requested-words: the instruction's or the default budget; article-share: ")
                .append("at most precis.max-share of the cleaned article; whole-article: a very short article kept whole; ")
                .append("cut-sentence: no whole sentence fitted, so the best one was cut and ends with \u2026.</p>\n")
                .append("</div>\n</div>\n</section>\n");
    }

    private void summaries(StringBuilder h, RunReport report) {
        RunReportCollector.Result rows = report.rows();
        Path input = Path.of(report.run().input());
        h.append("<section id=\"summaries\">\n<h2>Summarized files</h2>\n");
        if (rows.summarized() == 0) {
            h.append("<p class=\"muted\">No file was summarized in this run.</p>\n</section>\n");
            return;
        }
        if (rows.sampled()) {
            h.append("<p class=\"muted\" id=\"sample-note\">A sample of ").append(Charts.number(rows.sample().size())).append(" of ")
                    .append(Charts.number(rows.summarized())).append(" summarized files: the first ")
                    .append(RunReportCollector.SAMPLE_FIRST).append(" in path order, and the ")
                    .append(RunReportCollector.SAMPLE_EXTREMES).append(" longest and shortest articles. ")
                    .append("The CSV has every file.</p>\n");
        }
        // Wide by nature (five columns and more): on a narrow screen it scrolls inside its own box, not the page.
        h.append("<div class=\"scroll\"><table class=\"files\"><colgroup><col class=\"c-path\"><col class=\"c-lang\"><col class=\"c-words\">")
                .append("<col class=\"c-limit\"><col></colgroup>\n<tr><th>file</th><th>lang.</th>")
                .append("<th class=\"num\">words in → cleaned → summary</th><th>budget, limit</th><th>summary (first ")
                .append(summaryChars).append(" characters)</th></tr>\n");
        for (SampleRow s : rows.sample()) {
            ReportRow r = s.row();
            h.append("<tr><td><a class=\"path\" href=\"").append(esc(inputUrl(input, r.path()))).append("\">")
                    .append(esc(r.path())).append("</a>");
            if (!s.tag().isEmpty() && !s.tag().equals("first")) {
                h.append("<span class=\"tag\">").append(esc(s.tag())).append("</span>");
            }
            if (r.title() != null && !r.title().isBlank()) {
                h.append("<span class=\"title\">").append(esc(r.title())).append("</span>");
            }
            String byline = byline(r.metadata());
            if (!byline.isEmpty()) {
                h.append("<span class=\"title\">").append(esc(byline)).append("</span>");
            }
            h.append("</td><td>").append(esc(r.language())).append("</td><td class=\"num\">").append(n(r.wordsIn()))
                    .append(" → ").append(n(r.wordsCleaned())).append(" → ").append(n(r.wordsSummary()))
                    .append("</td><td>").append(r.requestedWords() == null ? "" : Charts.number(r.requestedWords()) + " words")
                    .append("<br><span class=\"muted\">").append(esc(r.lengthLimit())).append("</span></td><td>");
            if (s.preview() == null) {
                h.append("<span class=\"muted\">(summary file not readable)</span>");
            } else {
                h.append("<a href=\"../").append(esc(Html.encodePath(r.summaryPath()))).append("\">").append(esc(s.preview()))
                        .append("</a>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table></div>\n</section>\n");
    }

    /** "author · date · site", as far as the article says them. */
    private static String byline(dev.precis.metadata.PageMetadata m) {
        java.util.StringJoiner j = new java.util.StringJoiner(" · ");
        for (String part : new String[] {m.author(), m.published(), m.site()}) {
            if (part != null && !part.isBlank()) {
                j.add(part);
            }
        }
        return j.toString();
    }

    private void footer(StringBuilder h, RunReport report) {
        h.append("<footer>");
        StringBuilder versions = new StringBuilder();
        report.versions().forEach((k, v) -> versions.append(versions.isEmpty() ? "" : " · ").append(k).append(' ').append(v));
        h.append("Versions: ").append(esc(versions.toString())).append(".<br>Job instance ").append(report.run().instanceId())
                .append(", execution ").append(report.run().executionId()).append(". The CSV is the full record of the run; ")
                .append("this page shows samples where the run is large.</footer>\n");
    }

    private static String inputUrl(Path input, String path) {
        try {
            return Html.fileUrl(input.resolve(path));
        } catch (java.nio.file.InvalidPathException e) {
            return "file://" + Html.encodePath(input + "/" + path);
        }
    }

    private static String badge(String status) {
        String cls = switch (status) {
            case "COMPLETED", "SUMMARIZED" -> "ok";
            case "FAILED", "ABANDONED", "UNKNOWN" -> "bad";
            case "SKIPPED", "STOPPED", "STOPPING" -> "warn";
            default -> "grey";
        };
        return "<span class=\"status " + cls + "\">" + esc(status) + "</span>";
    }

    private static String n(Integer value) {
        return value == null ? "–" : Charts.number(value);
    }

    private static String esc(String s) {
        return Html.escape(s);
    }

}
