package dev.precis.batch.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.precis.report.RunReport;
import dev.precis.report.RunSummary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs of the job database for the run page: Spring Batch's job and step executions, read
 * only, and each finished run's counts (PRECIS_RUN).
 */
@Component
public class RunHistory {

    private final JdbcTemplate jdbc;
    private final PrecisSchema schema;
    private final ResultTable results;

    public RunHistory(JobDatabase database, ResultTable results) {
        this.jdbc = database.jdbc();
        this.schema = database.schema();
        this.results = results;
    }

    /**
     * The steps of a job instance (worker slices left out), each summed over its attempts. A step
     * without an end time is running in execution {@code current} (up to {@code now}) or was killed
     * (up to its last update).
     */
    public List<RunReport.StepTime> stepTimes(long instanceId, long current, LocalDateTime now) {
        Map<String, RunReport.StepTime> steps = new LinkedHashMap<>();
        jdbc.query("SELECT s.STEP_NAME, s.STATUS, s.START_TIME, s.END_TIME, s.LAST_UPDATED, s.JOB_EXECUTION_ID"
                + " FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
                + " WHERE e.JOB_INSTANCE_ID = ? ORDER BY s.STEP_EXECUTION_ID", rs -> {
                    String name = rs.getString(1);
                    if (name.contains(":")) {
                        return; // a partition of the summarize step
                    }
                    long millis = millis(rs.getTimestamp(3), rs.getTimestamp(4), rs.getTimestamp(5), rs.getLong(6) == current, now);
                    steps.merge(name, new RunReport.StepTime(name, rs.getString(2), millis, 1),
                            (a, b) -> new RunReport.StepTime(name, b.status(), a.millis() + b.millis(), a.attempts() + 1));
                }, instanceId);
        return List.copyOf(steps.values());
    }

    /**
     * The last {@code limit} runs of job {@code jobName} on the input folder up to instance {@code upTo},
     * oldest first: their identity, last status, time running (all attempts) and counts.
     */
    public List<RunReport.HistoryRun> history(String jobName, String inputRoot, long upTo, int limit, long current,
            LocalDateTime now) {
        List<Long> ids = jdbc.queryForList("SELECT DISTINCT e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e"
                + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = 'input' AND p.PARAMETER_VALUE = ? AND e.JOB_INSTANCE_ID <= ?"
                + " ORDER BY e.JOB_INSTANCE_ID DESC FETCH FIRST ? ROWS ONLY", Long.class,
                jobName, inputRoot, upTo, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, RunReport.HistoryRun> runs = new TreeMap<>();
        jdbc.query("SELECT e.JOB_INSTANCE_ID, e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME, e.LAST_UPDATED,"
                + " (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " AND p.PARAMETER_NAME = 'runDate'),"
                + " (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " AND p.PARAMETER_NAME = 'seq')"
                + " FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID IN (" + in + ") ORDER BY e.JOB_EXECUTION_ID", rs -> {
                    long id = rs.getLong(1);
                    long millis = millis(rs.getTimestamp(4), rs.getTimestamp(5), rs.getTimestamp(6), rs.getLong(2) == current, now);
                    String seq = rs.getString(8);
                    RunReport.HistoryRun run = new RunReport.HistoryRun(rs.getString(7), seq == null ? 0 : Long.parseLong(seq),
                            id, rs.getString(3), 0, 0, 0, millis);
                    runs.merge(id, run, (a, b) -> new RunReport.HistoryRun(a.runDate(), a.seq(), id, b.status(), 0, 0, 0,
                            a.millis() + b.millis()));
                }, ids.toArray());
        Map<Long, RunSummary> counts = new HashMap<>();
        jdbc.query("SELECT JOB_INSTANCE_ID, FILES, SUMMARIZED, SKIPPED, UNCHANGED, FAILED, DELETED FROM PRECIS_RUN"
                + " WHERE JOB_INSTANCE_ID IN (" + in + ")", rs -> {
                    counts.put(rs.getLong(1), new RunSummary(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7)));
                }, ids.toArray());
        return runs.values().stream().map(r -> {
            // A run whose report step never finished (failed, or older than this table) is counted from its rows.
            RunSummary c = counts.computeIfAbsent(r.instanceId(), results::summary);
            return new RunReport.HistoryRun(r.runDate(), r.seq(), r.instanceId(), r.status(), c.files(), c.summarized(),
                    c.failed(), r.millis());
        }).toList();
    }

    /**
     * A run's time running, all attempts added up, as {@link #history} counts it: execution
     * {@code current} up to {@code end} (its finish, which the job database does not hold yet).
     */
    public long runMillis(long instanceId, long current, LocalDateTime end) {
        long[] total = {0};
        jdbc.query("SELECT JOB_EXECUTION_ID, START_TIME, END_TIME, LAST_UPDATED FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?",
                rs -> {
                    boolean isCurrent = rs.getLong(1) == current;
                    total[0] += millis(rs.getTimestamp(2), isCurrent ? null : rs.getTimestamp(3), rs.getTimestamp(4), isCurrent, end);
                }, instanceId);
        return total[0];
    }

    /** Keeps a finished run's counts for the history of later runs; joins the report step's transaction. */
    public void recordRunCounts(long instanceId, RunSummary c) {
        jdbc.update(schema.upsertRun, instanceId, c.files(), c.summarized(), c.skipped(),
                c.unchanged(), c.failed(), c.deleted());
    }

    /** How many executions a job instance has had, and when the first started. */
    public record Attempts(int count, LocalDateTime firstStart) {
    }

    public Attempts attempts(long instanceId) {
        return jdbc.queryForObject("SELECT COUNT(*), MIN(START_TIME) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?",
                (rs, i) -> new Attempts(rs.getInt(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toLocalDateTime()),
                instanceId);
    }

    private static long millis(Timestamp start, Timestamp end, Timestamp lastUpdated, boolean current, LocalDateTime now) {
        if (start == null) {
            return 0;
        }
        LocalDateTime from = start.toLocalDateTime();
        LocalDateTime to = end != null ? end.toLocalDateTime()
                : current ? now : lastUpdated != null ? lastUpdated.toLocalDateTime() : from;
        return Math.max(0, Duration.between(from, to).toMillis());
    }
}
