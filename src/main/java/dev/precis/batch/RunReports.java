package dev.precis.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.precis.batch.output.OutputOptions;
import dev.precis.batch.store.ResultTable;
import dev.precis.batch.store.RunHistory;
import dev.precis.report.HtmlReport;
import dev.precis.report.JsonReport;
import dev.precis.report.ReportFiles;
import dev.precis.report.ReportRow;
import dev.precis.report.RunReport;
import dev.precis.report.RunReportCollector;
import dev.precis.report.SummaryPreview;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.SpringBatchVersion;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.SpringBootVersion;
import org.springframework.stereotype.Component;

/**
 * Builds a run's {@link RunReport} from the job database (its report rows, step times and the
 * history of its input folder) and writes the page and the JSON beside the CSV. Used by the
 * report step, and by {@code status --precis.format=json} for a run that has no JSON file.
 */
@Component
public class RunReports {

    /** Key of the job execution context that holds a completed run's finish (ISO local time), set by the report step. */
    public static final String FINISHED = "precis.finished";

    /** Runs of the same input folder in the history chart. */
    static final int HISTORY = 30;
    /** Characters of each summary shown in the page's table. */
    static final int PREVIEW_CHARS = 200;

    private final ResultTable results;
    private final RunHistory runs;
    private final PrecisProperties settings;
    private final SummaryMethodProperties method;
    private final OutputOptions output;

    public RunReports(ResultTable results, RunHistory runs, PrecisProperties settings, SummaryMethodProperties method, OutputOptions output) {
        this.results = results;
        this.runs = runs;
        this.settings = settings;
        this.method = method;
        this.output = output;
    }

    /**
     * The report of {@code execution}'s run. Every report row is read once, in report order, and
     * also given to {@code eachRow} (the CSV). With {@code completing}, the caller is the run's last
     * step: the run is reported as completed, and it finishes when its last report row has been given
     * out (to the millisecond: {@code run().finished()}); the caller records that moment as the job's end
     * ({@link #FINISHED}), so the log, the history and {@code status} count the same time running.
     */
    public RunReport build(JobExecution execution, boolean completing, Consumer<ReportRow> eachRow) {
        RunParameters params = RunParameters.of(execution.getJobParameters());
        long instanceId = execution.getJobInstance().getInstanceId();
        RunReportCollector collector = new RunReportCollector();
        results.forEachResult(instanceId, row -> {
            eachRow.accept(row);
            collector.accept(row);
        });
        RunReportCollector.Result rows = collector.result(new SummaryPreview(params.output(), PREVIEW_CHARS));
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        if (completing) {
            runs.recordRunCounts(instanceId, rows.counts());
        }
        BatchStatus status = completing ? BatchStatus.COMPLETED : execution.getStatus();
        List<RunReport.StepTime> steps = runs.stepTimes(instanceId, execution.getId(), now).stream()
                .map(s -> completing && s.status().equals(BatchStatus.STARTED.name())
                        ? new RunReport.StepTime(s.name(), BatchStatus.COMPLETED.name(), s.millis(), s.attempts()) : s)
                .toList();
        List<RunReport.HistoryRun> history = runs.history(PrecisJob.JOB_NAME, params.input().toString(), instanceId, HISTORY, execution.getId(), now)
                .stream().map(r -> r.instanceId() == instanceId ? withStatus(r, status.name()) : r).toList();
        RunReport.HistoryRun self = history.stream().filter(r -> r.instanceId() == instanceId).findFirst().orElse(null);
        RunHistory.Attempts attempts = runs.attempts(instanceId);
        LocalDateTime finished = completing ? now : execution.getStatus().isRunning() ? null : execution.getEndTime();
        String reportName = stripCsv(params.report().getFileName().toString());
        RunReport.Run run = new RunReport.Run(params.runDate(), params.seq(), instanceId, execution.getId(), attempts.count(),
                status.name(), exitCode(status), exitMeaning(status), attempts.firstStart(), finished, self == null ? 0 : self.millis(),
                params.input().toString(), params.output().toString(), reportName);
        return new RunReport(run, steps, settings(), versions(), rows, history);
    }

    /** Whether report files are forced to the disk before they are renamed into place (precis.output.fsync). */
    public boolean fsync() {
        return output.fsync();
    }

    /** The run summary's JSON file beside the report's CSV. */
    public static Path jsonPath(Path csv) {
        return csv.resolveSibling(stripCsv(csv.getFileName().toString()) + ".json");
    }

    /** Writes {@code precis-<date>-<n>.json} and {@code .html} next to the CSV, each atomically. */
    public void write(RunReport report, Path csv) throws IOException {
        String name = stripCsv(csv.getFileName().toString());
        ReportFiles.write(jsonPath(csv), new JsonReport().render(report), output.fsync());
        ReportFiles.write(csv.resolveSibling(name + ".html"), new HtmlReport(PREVIEW_CHARS).render(report), output.fsync());
    }

    /** The settings that decide what a summary looks like, by property name. */
    Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("precis.summary.method", method.method());
        s.put("precis.default-words", Integer.toString(settings.defaultWords()));
        s.put("precis.default-paragraphs", Integer.toString(settings.defaultParagraphs()));
        s.put("precis.max-share", Double.toString(settings.maxShare()));
        s.put("precis.max-words", Integer.toString(settings.maxWords()));
        s.put("precis.max-paragraphs", Integer.toString(settings.maxParagraphs()));
        s.put("precis.max-file-bytes", Long.toString(settings.maxFileBytes()));
        s.put("precis.output.cleaned", Boolean.toString(output.cleaned()));
        s.put("settings-key", PrecisJob.settingsKey(settings, method, output));
        return s;
    }

    static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        String precis = RunReports.class.getPackage().getImplementationVersion();
        v.put("precis", precis == null ? "development build" : precis);
        v.put("algorithm", PrecisJob.ALGORITHM_VERSION);
        v.put("java", System.getProperty("java.version"));
        v.put("spring-boot", String.valueOf(SpringBootVersion.getVersion()));
        v.put("spring-batch", String.valueOf(SpringBatchVersion.getVersion()));
        v.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
        v.put("icu4j", com.ibm.icu.util.VersionInfo.ICU_VERSION.toString());
        return v;
    }

    /** The process exit code a run in this state gives (README: Exit codes); null while it runs. */
    static Integer exitCode(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> 0;
            case FAILED, STOPPED, UNKNOWN, ABANDONED -> 1;
            default -> null;
        };
    }

    static String exitMeaning(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "the run completed";
            case FAILED, STOPPED, UNKNOWN -> "the job failed or stopped; fix the cause, then resume it with"
                    + " --precis.command=restart (jobs/rerun-failed.sh)";
            case ABANDONED -> "abandoned: it will not be resumed";
            default -> "running, or killed while running (a restart recovers it)";
        };
    }

    private static RunReport.HistoryRun withStatus(RunReport.HistoryRun r, String status) {
        return new RunReport.HistoryRun(r.runDate(), r.seq(), r.instanceId(), status, r.files(), r.summarized(), r.failed(),
                r.millis());
    }

    private static String stripCsv(String fileName) {
        return fileName.endsWith(".csv") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
