package dev.precis.batch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import dev.precis.metadata.PageMetadata;
import dev.precis.report.ReportRow;
import dev.precis.report.RunSummary;
import dev.precis.report.Status;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A run's report rows (PRECIS_RESULT) and each input file's last outcome (PRECIS_HISTORY). All
 * writes join the caller's transaction, so a chunk's report rows and history commit or roll back
 * with the chunk.
 */
@Component
public class ResultTable {

    private final JdbcTemplate jdbc;
    private final PrecisSchema schema;

    public ResultTable(JobDatabase database) {
        this.jdbc = database.jdbc();
        this.schema = database.schema();
    }

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

    /** Marks an input file's history row DELETED (it is gone from the input), keeping {@code summary} as its summary path. */
    public void markDeleted(long instanceId, String inputRoot, String path, String summary) {
        jdbc.update("UPDATE PRECIS_HISTORY SET STATUS = 'DELETED', SUMMARY_PATH = ?, JOB_INSTANCE_ID = ? WHERE INPUT_ROOT = ? AND PATH = ?",
                summary, instanceId, inputRoot, path);
    }

    /**
     * A run's rows in path order, deleted files among the others: the manifest's rows come in their
     * numbering (the manifest is sorted by path, as Java orders strings), and the DELETED rows, numbered
     * after them, are merged in (sorted here, not by SQL, whose collation may differ).
     */
    public void forEachResult(long instanceId, Consumer<ReportRow> consumer) {
        List<ReportRow> deleted = new ArrayList<>(jdbc.query(
                "SELECT * FROM PRECIS_RESULT WHERE JOB_INSTANCE_ID = ? AND STATUS = 'DELETED'", (rs, i) -> mapRow(rs), instanceId));
        deleted.sort(Comparator.comparing(ReportRow::path));
        int[] next = {0};
        jdbc.query("SELECT * FROM PRECIS_RESULT WHERE JOB_INSTANCE_ID = ? AND STATUS <> 'DELETED' ORDER BY SEQ", rs -> {
            ReportRow row = mapRow(rs);
            while (next[0] < deleted.size() && deleted.get(next[0]).path().compareTo(row.path()) < 0) {
                consumer.accept(deleted.get(next[0]++));
            }
            consumer.accept(row);
        }, instanceId);
        deleted.subList(next[0], deleted.size()).forEach(consumer);
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

    private static final String INSERT_RESULT = "INSERT INTO PRECIS_RESULT (JOB_INSTANCE_ID, SEQ, PATH, STATUS, REASON,"
            + " CHARSET, LANGUAGE, BYTES, WORDS_IN, WORDS_CLEANED, LINES_IN, LINES_DROPPED, WORDS_SUMMARY, REQUESTED_WORDS,"
            + " REQUESTED_PARAGRAPHS, PARAGRAPHS, LENGTH_LIMIT, TITLE, SHA256, SUMMARY_PATH, MILLIS,"
            + " AUTHOR, PUBLISHED, SITE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
        ps.setString(18, truncate(r.metadata().title(), 1000));
        ps.setString(19, r.sha256());
        ps.setString(20, r.summaryPath());
        ps.setObject(21, r.millis(), Types.BIGINT);
        ps.setString(22, truncate(r.metadata().author(), 1000));
        ps.setString(23, truncate(r.metadata().published(), 64));
        ps.setString(24, truncate(r.metadata().site(), 1000));
    }

    private static ReportRow mapRow(ResultSet rs) throws SQLException {
        return new ReportRow(rs.getString("PATH"), Status.valueOf(rs.getString("STATUS")), rs.getString("REASON"),
                rs.getString("CHARSET"), rs.getString("LANGUAGE"), (Long) rs.getObject("BYTES", Long.class),
                rs.getObject("WORDS_IN", Integer.class), rs.getObject("WORDS_CLEANED", Integer.class),
                rs.getObject("LINES_IN", Integer.class), rs.getObject("LINES_DROPPED", Integer.class),
                rs.getObject("WORDS_SUMMARY", Integer.class), rs.getObject("REQUESTED_WORDS", Integer.class),
                rs.getObject("REQUESTED_PARAGRAPHS", Integer.class), rs.getObject("PARAGRAPHS", Integer.class),
                rs.getString("LENGTH_LIMIT"), new PageMetadata(rs.getString("TITLE"), rs.getString("AUTHOR"),
                        rs.getString("PUBLISHED"), rs.getString("SITE")), rs.getString("SHA256"), rs.getString("SUMMARY_PATH"),
                rs.getObject("MILLIS", Long.class));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
