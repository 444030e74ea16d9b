package dev.precis.batch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javax.sql.DataSource;

import dev.precis.clean.RunLines;
import dev.precis.report.ReportRow;
import dev.precis.report.RunReport;
import dev.precis.report.RunSummary;
import dev.precis.report.Status;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Precis's own tables (manifest, results, history) next to Spring Batch's. All writes join the
 * caller's transaction, so a chunk's report rows and history commit or roll back with the chunk.
 */
@Component
public class PrecisStore {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final PrecisSchema schema;

    public PrecisStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.schema = PrecisSchema.of(dataSource);
        schema.create(dataSource);
    }

    /** The job database's kind: H2 (standalone, the default) or PostgreSQL (shared with workers). */
    public PrecisSchema schema() {
        return schema;
    }

    // ---- manifest

    /**
     * Records the manifest of a job instance and reports its unchanged files in the same pass: a
     * file whose SHA-256 and settings match its last summary, while that summary still exists
     * ({@code summaryExists}), gets the report row the processor would write and its manifest row
     * the REPORTED flag, so the chunk step's reader skips it. Called in the manifest step's
     * transaction: the manifest and these rows appear together or not at all. Returns how many
     * files are unchanged.
     */
    public int replaceManifest(long instanceId, String inputRoot, String settings, List<ManifestEntry> entries,
            Predicate<String> summaryExists) {
        jdbc.update("DELETE FROM PRECIS_MANIFEST WHERE JOB_INSTANCE_ID = ?", instanceId);
        jdbc.update("DELETE FROM PRECIS_RESULT WHERE JOB_INSTANCE_ID = ?", instanceId);
        String[] unchanged = unchangedSummaries(inputRoot, settings, entries, summaryExists);
        for (int from = 0; from < entries.size(); from += BATCH) {
            int start = from;
            int n = Math.min(entries.size() - from, BATCH);
            jdbc.batchUpdate("INSERT INTO PRECIS_MANIFEST (JOB_INSTANCE_ID, SEQ, PATH, KIND, SIZE, MTIME, SHA256, NOTE, REPORTED)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            ManifestEntry e = entries.get(start + i);
                            ps.setLong(1, instanceId);
                            ps.setInt(2, e.seq());
                            ps.setString(3, e.path());
                            ps.setString(4, e.kind().name());
                            ps.setLong(5, e.size());
                            ps.setLong(6, e.mtime());
                            ps.setString(7, e.sha256());
                            ps.setString(8, e.note());
                            ps.setBoolean(9, unchanged[start + i] != null);
                        }

                        @Override
                        public int getBatchSize() {
                            return n;
                        }
                    });
        }
        List<FileOutcome> rows = new ArrayList<>(BATCH);
        int count = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (unchanged[i] != null) {
                ManifestEntry e = entries.get(i);
                rows.add(new FileOutcome(e.seq(), ReportRow.unchanged(e.path(), e.size(), e.sha256(), unchanged[i], 0L), null, null, false));
                count++;
            }
            if (rows.size() == BATCH || (i == entries.size() - 1 && !rows.isEmpty())) {
                insertResults(instanceId, rows);
                rows.clear();
            }
        }
        return count;
    }

    /**
     * For each entry, the summary path of its last summary when the file is unchanged since, else
     * null. The history of the input folder is read in path order and merged with the entries
     * sorted the same way, one row at a time.
     */
    private String[] unchangedSummaries(String inputRoot, String settings, List<ManifestEntry> entries,
            Predicate<String> summaryExists) {
        String[] summary = new String[entries.size()];
        Integer[] byPath = new Integer[entries.size()];
        for (int i = 0; i < byPath.length; i++) {
            byPath[i] = i;
        }
        Arrays.sort(byPath, (x, y) -> entries.get(x).path().compareTo(entries.get(y).path()));
        int[] next = {0};
        // A path the database orders differently from String.compareTo is at worst not found here;
        // the processor then sees its history and reports it unchanged itself.
        jdbc.query("SELECT PATH, SHA256, SUMMARY_PATH FROM PRECIS_HISTORY WHERE INPUT_ROOT = ? AND STATUS = 'SUMMARIZED'"
                + " AND SETTINGS = ? ORDER BY PATH", rs -> {
                    String path = rs.getString(1);
                    int k = next[0];
                    while (k < byPath.length && entries.get(byPath[k]).path().compareTo(path) < 0) {
                        k++;
                    }
                    next[0] = k;
                    if (k < byPath.length) {
                        ManifestEntry e = entries.get(byPath[k]);
                        if (e.path().equals(path) && e.kind() == ManifestEntry.Kind.FILE && e.sha256() != null
                                && e.sha256().equals(rs.getString(2))) {
                            summary[byPath[k]] = rs.getString(3);
                        }
                    }
                }, inputRoot, settings);
        for (int i = 0; i < summary.length; i++) {
            if (summary[i] != null && !summaryExists.test(summary[i])) {
                summary[i] = null; // summary deleted since: the file is summarized again
            }
        }
        return summary;
    }

    /**
     * A completed run's manifest is never read again; its report rows stay for status and history.
     * When no other run holds a manifest (the usual case: a database's runs finish one after another)
     * both tables are emptied whole, at a cost that does not grow with the folder: deleting the rows of
     * a 100,000-file run one by one took 20 s or more in H2 (bench/README-perf.md). H2 commits the
     * step's open transaction with it, which is harmless here: this is the report step's last write,
     * and a restart finds nothing left to drop. Otherwise only this run's rows are deleted.
     */
    public void dropManifest(long instanceId) {
        if (noOtherRows("PRECIS_MANIFEST", instanceId) && noOtherRows("PRECIS_RUN_LINE", instanceId)) {
            jdbc.execute("TRUNCATE TABLE PRECIS_MANIFEST");
            jdbc.execute("TRUNCATE TABLE PRECIS_RUN_LINE");
            return;
        }
        jdbc.update("DELETE FROM PRECIS_MANIFEST WHERE JOB_INSTANCE_ID = ?", instanceId);
        jdbc.update("DELETE FROM PRECIS_RUN_LINE WHERE JOB_INSTANCE_ID = ?", instanceId);
    }

    /** Whether {@code table} holds no row of another job instance: two seeks in its primary key. */
    private boolean noOtherRows(String table, long instanceId) {
        for (String op : new String[] {"<", ">"}) {
            if (!jdbc.queryForList("SELECT 1 FROM " + table + " WHERE JOB_INSTANCE_ID " + op + " ? FETCH FIRST 1 ROWS ONLY",
                    Integer.class, instanceId).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public void replaceRunLines(long instanceId, RunLines lines) {
        jdbc.update("DELETE FROM PRECIS_RUN_LINE WHERE JOB_INSTANCE_ID = ?", instanceId);
        long[] hashes = lines.hashes();
        int[] documents = lines.documentCounts();
        for (int from = 0; from < hashes.length; from += BATCH) {
            int start = from;
            int n = Math.min(hashes.length - from, BATCH);
            jdbc.batchUpdate("INSERT INTO PRECIS_RUN_LINE (JOB_INSTANCE_ID, HASH, DOCUMENTS) VALUES (?, ?, ?)",
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            ps.setLong(1, instanceId);
                            ps.setLong(2, hashes[start + i]);
                            ps.setInt(3, documents[start + i]);
                        }

                        @Override
                        public int getBatchSize() {
                            return n;
                        }
                    });
        }
    }

    public RunLines runLines(long instanceId) {
        List<long[]> rows = jdbc.query("SELECT HASH, DOCUMENTS FROM PRECIS_RUN_LINE WHERE JOB_INSTANCE_ID = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getInt(2)}, instanceId);
        return RunLines.of(rows.stream().mapToLong(r -> r[0]).toArray(), rows.stream().mapToInt(r -> (int) r[1]).toArray());
    }

    public int manifestSize(long instanceId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM PRECIS_MANIFEST WHERE JOB_INSTANCE_ID = ?", Integer.class, instanceId);
        return n == null ? 0 : n;
    }

    /**
     * Up to {@code limit} manifest rows of one slice after {@code afterSeq}, joined with their
     * history, in manifest order; rows the manifest step already reported (unchanged files) are
     * left out. Ordered by the whole primary key, so H2 reads the page straight from the index and
     * stops: ordering by SEQ alone (the key's second column) made it join and sort every remaining
     * row of the slice for each page, a cost that grew with the square of the folder.
     */
    public List<ManifestEntry> manifestPage(long instanceId, String inputRoot, int afterSeq, int lastSeq, int limit) {
        return jdbc.query("SELECT m.SEQ, m.PATH, m.KIND, m.SIZE, m.MTIME, m.SHA256, m.NOTE,"
                + " h.SHA256 AS PREV_SHA256, h.SETTINGS AS PREV_SETTINGS, h.STATUS AS PREV_STATUS, h.SUMMARY_PATH AS PREV_SUMMARY"
                + " FROM PRECIS_MANIFEST m LEFT JOIN PRECIS_HISTORY h ON h.INPUT_ROOT = ? AND h.PATH = m.PATH"
                + " WHERE m.JOB_INSTANCE_ID = ? AND m.SEQ > ? AND m.SEQ <= ? AND m.REPORTED = FALSE"
                + " ORDER BY m.JOB_INSTANCE_ID, m.SEQ FETCH FIRST ? ROWS ONLY",
                PrecisStore::mapEntry, inputRoot, instanceId, afterSeq, lastSeq, limit);
    }

    static ManifestEntry mapEntry(ResultSet rs, int row) throws SQLException {
        String prevStatus = rs.getString("PREV_STATUS");
        ManifestEntry.Previous previous = prevStatus == null ? null : new ManifestEntry.Previous(
                rs.getString("PREV_SHA256"), rs.getString("PREV_SETTINGS"), prevStatus, rs.getString("PREV_SUMMARY"));
        return new ManifestEntry(rs.getInt("SEQ"), rs.getString("PATH"), ManifestEntry.Kind.valueOf(rs.getString("KIND")),
                rs.getLong("SIZE"), rs.getLong("MTIME"), rs.getString("SHA256"), rs.getString("NOTE"), previous);
    }

    /**
     * Files that an earlier run summarized but that are no longer in the input: reported once as
     * DELETED (rows numbered after the manifest), and marked so in the history. With {@code prune}
     * their summaries are to be removed: the rows say so and the history forgets the summary path.
     */
    public Deleted recordDeleted(long instanceId, String inputRoot, int firstSeq, boolean prune) {
        List<String[]> gone = jdbc.query("SELECT h.PATH, h.SUMMARY_PATH FROM PRECIS_HISTORY h WHERE h.INPUT_ROOT = ?"
                + " AND h.STATUS <> 'DELETED' AND NOT EXISTS (SELECT 1 FROM PRECIS_MANIFEST m"
                + " WHERE m.JOB_INSTANCE_ID = ? AND m.PATH = h.PATH) ORDER BY h.PATH",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, inputRoot, instanceId);
        int seq = firstSeq;
        List<String> withSummary = new ArrayList<>();
        for (String[] g : gone) {
            String reason = g[1] == null ? "input file removed"
                    : prune ? "input file removed; its summary was removed" : "input file removed; its summary was left in place";
            String summary = prune ? null : g[1];
            insertResult(instanceId, seq++, new ReportRow(g[0], Status.DELETED, reason, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, summary, null));
            jdbc.update("UPDATE PRECIS_HISTORY SET STATUS = 'DELETED', SUMMARY_PATH = ?, JOB_INSTANCE_ID = ? WHERE INPUT_ROOT = ? AND PATH = ?",
                    summary, instanceId, inputRoot, g[0]);
            if (g[1] != null) {
                withSummary.add(g[0]);
            }
        }
        return new Deleted(gone.size(), withSummary);
    }

    /** How many files were gone, and those of them (input paths) that had a summary. */
    public record Deleted(int count, List<String> withSummary) {
    }

    // ---- results and history

    public void insertResult(long instanceId, int seq, ReportRow r) {
        jdbc.update(INSERT_RESULT, ps -> bindResult(ps, instanceId, seq, r));
    }

    public void insertResults(long instanceId, List<FileOutcome> outcomes) {
        jdbc.batchUpdate(INSERT_RESULT, outcomes, outcomes.size(), (ps, o) -> bindResult(ps, instanceId, o.seq(), o.row()));
    }

    /** Remembers what was done to each file, for tomorrow's incremental run. */
    public void updateHistory(long instanceId, String inputRoot, String settings, List<FileOutcome> outcomes) {
        List<FileOutcome> changed = outcomes.stream().filter(FileOutcome::updatesHistory).toList();
        jdbc.batchUpdate(schema.upsertHistory, changed, changed.size(), (ps, o) -> {
                    ps.setString(1, inputRoot);
                    ps.setString(2, o.row().path());
                    ps.setString(3, o.row().sha256());
                    ps.setString(4, settings);
                    ps.setString(5, o.row().status().name());
                    ps.setString(6, o.row().summaryPath());
                    ps.setLong(7, instanceId);
                });
    }

    public void forEachResult(long instanceId, Consumer<ReportRow> consumer) {
        jdbc.query("SELECT * FROM PRECIS_RESULT WHERE JOB_INSTANCE_ID = ? ORDER BY SEQ", rs -> {
            consumer.accept(mapRow(rs));
        }, instanceId);
    }

    public RunSummary summary(long instanceId) {
        return jdbc.queryForObject("SELECT COUNT(CASE WHEN STATUS <> 'DELETED' THEN 1 END),"
                + " COUNT(CASE WHEN STATUS = 'SUMMARIZED' THEN 1 END), COUNT(CASE WHEN STATUS = 'SKIPPED' THEN 1 END),"
                + " COUNT(CASE WHEN STATUS = 'SKIPPED' AND REASON LIKE 'unchanged%' THEN 1 END),"
                + " COUNT(CASE WHEN STATUS = 'FAILED' THEN 1 END), COUNT(CASE WHEN STATUS = 'DELETED' THEN 1 END)"
                + " FROM PRECIS_RESULT WHERE JOB_INSTANCE_ID = ?",
                (rs, i) -> new RunSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)),
                instanceId);
    }

    // ---- run history, read-only, for the run page (report package)

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
     * The last {@code limit} runs of the input folder up to instance {@code upTo}, oldest first: their
     * identity, last status, time running (all attempts) and counts.
     */
    public List<RunReport.HistoryRun> history(String inputRoot, long upTo, int limit, long current, LocalDateTime now) {
        List<Long> ids = jdbc.queryForList("SELECT DISTINCT e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e"
                + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = 'input' AND p.PARAMETER_VALUE = ? AND e.JOB_INSTANCE_ID <= ?"
                + " ORDER BY e.JOB_INSTANCE_ID DESC FETCH FIRST ? ROWS ONLY", Long.class,
                PrecisJobConfiguration.JOB_NAME, inputRoot, upTo, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        Map<Long, RunReport.HistoryRun> runs = new java.util.TreeMap<>();
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
        Map<Long, RunSummary> counts = new java.util.HashMap<>();
        jdbc.query("SELECT JOB_INSTANCE_ID, FILES, SUMMARIZED, SKIPPED, UNCHANGED, FAILED, DELETED FROM PRECIS_RUN"
                + " WHERE JOB_INSTANCE_ID IN (" + in + ")", rs -> {
                    counts.put(rs.getLong(1), new RunSummary(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7)));
                }, ids.toArray());
        return runs.values().stream().map(r -> {
            // A run whose report step never finished (failed, or older than this table) is counted from its rows.
            RunSummary c = counts.computeIfAbsent(r.instanceId(), this::summary);
            return new RunReport.HistoryRun(r.runDate(), r.seq(), r.instanceId(), r.status(), c.files(), c.summarized(),
                    c.failed(), r.millis());
        }).toList();
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

    // ---- scale-out: which worker runs which partition (PostgreSQL only, see precis-schema-postgresql.sql)

    /**
     * Claims a partition for a worker, in its own transaction: true when the partition (a step
     * execution) still waits to start in a running job execution and no worker has claimed it yet.
     * A request that comes again (the broker redelivers it after a worker died before finishing its
     * transaction) or that outlived its job execution is refused, so a partition runs at most once
     * per execution; one whose worker died is failed by the manager and rerun by a restart.
     */
    public boolean claimPartition(long stepExecutionId, String worker) {
        List<String[]> states = jdbc.query("SELECT s.STATUS, e.STATUS FROM BATCH_STEP_EXECUTION s"
                + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID WHERE s.STEP_EXECUTION_ID = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, stepExecutionId);
        if (states.isEmpty() || !"STARTING".equals(states.get(0)[0])
                || !("STARTED".equals(states.get(0)[1]) || "STARTING".equals(states.get(0)[1]))) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO PRECIS_PARTITION_LEASE (STEP_EXECUTION_ID, WORKER, BEATS) VALUES (?, ?, 0)",
                    stepExecutionId, worker);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    /** A worker's heartbeat: every partition it holds shows progress. */
    public int beat(String worker) {
        return jdbc.update("UPDATE PRECIS_PARTITION_LEASE SET BEATS = BEATS + 1 WHERE WORKER = ?", worker);
    }

    public void releasePartition(long stepExecutionId) {
        jdbc.update("DELETE FROM PRECIS_PARTITION_LEASE WHERE STEP_EXECUTION_ID = ?", stepExecutionId);
    }

    /** A partition of a job execution as the manager watches it: its step execution and its worker's lease. */
    public record Partition(long stepExecutionId, String stepName, String status, int version, long written,
            String worker, Long beats) {
    }

    public List<Partition> partitions(long jobExecutionId, String stepName) {
        return jdbc.query("SELECT s.STEP_EXECUTION_ID, s.STEP_NAME, s.STATUS, s.VERSION, s.WRITE_COUNT, l.WORKER, l.BEATS"
                + " FROM BATCH_STEP_EXECUTION s LEFT JOIN PRECIS_PARTITION_LEASE l ON l.STEP_EXECUTION_ID = s.STEP_EXECUTION_ID"
                + " WHERE s.JOB_EXECUTION_ID = ? AND s.STEP_NAME LIKE ? ORDER BY s.STEP_EXECUTION_ID",
                (rs, i) -> new Partition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                        rs.getString(6), rs.getObject(7, Long.class)), jobExecutionId, stepName + ":%");
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

    private static final String INSERT_RESULT = "INSERT INTO PRECIS_RESULT (JOB_INSTANCE_ID, SEQ, PATH, STATUS, REASON,"
            + " CHARSET, LANGUAGE, BYTES, WORDS_IN, WORDS_CLEANED, LINES_IN, LINES_DROPPED, WORDS_SUMMARY, REQUESTED_WORDS,"
            + " REQUESTED_PARAGRAPHS, PARAGRAPHS, LENGTH_LIMIT, TITLE, SHA256, SUMMARY_PATH, MILLIS)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static void bindResult(PreparedStatement ps, long instanceId, int seq, ReportRow r) throws SQLException {
        ps.setLong(1, instanceId);
        ps.setInt(2, seq);
        ps.setString(3, r.path());
        ps.setString(4, r.status().name());
        ps.setString(5, truncate(r.reason(), 2000));
        ps.setString(6, r.charset());
        ps.setString(7, r.language());
        ps.setObject(8, r.bytes(), Types.BIGINT);
        ps.setObject(9, r.wordsIn(), Types.INTEGER);
        ps.setObject(10, r.wordsCleaned(), Types.INTEGER);
        ps.setObject(11, r.linesIn(), Types.INTEGER);
        ps.setObject(12, r.linesDropped(), Types.INTEGER);
        ps.setObject(13, r.wordsSummary(), Types.INTEGER);
        ps.setObject(14, r.requestedWords(), Types.INTEGER);
        ps.setObject(15, r.requestedParagraphs(), Types.INTEGER);
        ps.setObject(16, r.paragraphs(), Types.INTEGER);
        ps.setString(17, r.lengthLimit());
        ps.setString(18, truncate(r.title(), 1000));
        ps.setString(19, r.sha256());
        ps.setString(20, r.summaryPath());
        ps.setObject(21, r.millis(), Types.BIGINT);
    }

    private static ReportRow mapRow(ResultSet rs) throws SQLException {
        return new ReportRow(rs.getString("PATH"), Status.valueOf(rs.getString("STATUS")), rs.getString("REASON"),
                rs.getString("CHARSET"), rs.getString("LANGUAGE"), (Long) rs.getObject("BYTES", Long.class),
                rs.getObject("WORDS_IN", Integer.class), rs.getObject("WORDS_CLEANED", Integer.class),
                rs.getObject("LINES_IN", Integer.class), rs.getObject("LINES_DROPPED", Integer.class),
                rs.getObject("WORDS_SUMMARY", Integer.class), rs.getObject("REQUESTED_WORDS", Integer.class),
                rs.getObject("REQUESTED_PARAGRAPHS", Integer.class), rs.getObject("PARAGRAPHS", Integer.class),
                rs.getString("LENGTH_LIMIT"), rs.getString("TITLE"), rs.getString("SHA256"), rs.getString("SUMMARY_PATH"),
                rs.getObject("MILLIS", Long.class));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
