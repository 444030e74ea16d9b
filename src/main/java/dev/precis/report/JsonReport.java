package dev.precis.report;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The run summary for machines (README: The report). Field names are stable: a change
 * of meaning bumps {@link RunReport#SCHEMA}. File lists stay in the CSV.
 */
public final class JsonReport {

    public String render(RunReport report) {
        RunReport.Run run = report.run();
        RunSummary counts = report.counts();
        JsonWriter json = new JsonWriter().beginObject();
        json.field("schema", RunReport.SCHEMA);
        json.name("run").beginObject()
                .field("date", run.runDate())
                .field("seq", run.seq())
                .field("label", run.label())
                .field("status", run.status())
                .field("exit_code", run.exitCode())
                .field("exit_meaning", run.exitMeaning())
                .field("started", time(run.started()))
                .field("finished", time(run.finished()))
                .field("duration_ms", run.millis())
                .field("attempts", run.attempts())
                .field("job_instance_id", run.instanceId())
                .field("job_execution_id", run.executionId())
                .field("input", run.input())
                .field("output", run.output())
                .name("report").beginObject()
                .field("csv", "reports/" + run.reportName() + ".csv")
                .field("html", "reports/" + run.reportName() + ".html")
                .field("json", "reports/" + run.reportName() + ".json")
                .endObject()
                .endObject();
        json.name("counts").beginObject()
                .field("files", counts.files())
                .field("summarized", counts.summarized())
                .field("skipped", counts.skipped())
                .field("unchanged", counts.unchanged())
                .field("failed", counts.failed())
                .field("deleted", counts.deleted())
                .endObject();
        json.name("reasons").beginArray();
        for (RunReportCollector.ReasonGroup g : report.rows().reasons()) {
            json.beginObject().field("status", g.status().name()).field("reason", g.reason()).field("count", g.count())
                    .endObject();
        }
        json.endArray();
        json.name("steps").beginArray();
        for (RunReport.StepTime s : report.steps()) {
            json.beginObject().field("name", s.name()).field("status", s.status()).field("duration_ms", s.millis())
                    .field("attempts", s.attempts()).endObject();
        }
        json.endArray();
        counts(json, "length_limits", report.rows().lengthLimits());
        counts(json, "languages", report.rows().languages());
        strings(json, "settings", report.settings());
        strings(json, "versions", report.versions());
        return json.endObject() + "\n";
    }

    private static void counts(JsonWriter json, String name, Map<String, Long> counts) {
        json.name(name).beginObject();
        counts.forEach(json::field);
        json.endObject();
    }

    private static void strings(JsonWriter json, String name, Map<String, String> values) {
        json.name(name).beginObject();
        values.forEach(json::field);
        json.endObject();
    }

    /** ISO 8601 with the machine's offset, to the millisecond; null stays null. */
    static String time(LocalDateTime t) {
        return t == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.truncatedTo(ChronoUnit.MILLIS).atZone(ZoneId.systemDefault()));
    }
}
