package dev.precis.batch.manifest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dev.precis.batch.store.FileOutcome;
import dev.precis.batch.store.JobDatabase;
import dev.precis.batch.store.ResultTable;
import dev.precis.clean.RunLines;
import dev.precis.report.ReportRow;
import dev.precis.report.Status;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A job instance's manifest (PRECIS_MANIFEST) and the lines that recur across its files
 * (PRECIS_RUN_LINE), read joined with the files' history. Its rows are {@link ManifestEntry}s, which
 * is why the table lives with the manifest rather than in the store package: what it reports (unchanged
 * and deleted files) goes through {@link ResultTable}. All writes join the caller's transaction.
 */
@Component
public class ManifestTable {

    private static final int BATCH = JobDatabase.BATCH;

    private final JdbcTemplate jdbc;
    private final ResultTable results;

    public ManifestTable(JobDatabase database, ResultTable results) {
        this.jdbc = database.jdbc();
        this.results = results;
    }

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
                results.insertResults(instanceId, rows);
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
                ManifestTable::mapEntry, inputRoot, instanceId, afterSeq, lastSeq, limit);
    }

    static ManifestEntry mapEntry(ResultSet rs, int row) throws SQLException {
        String prevStatus = rs.getString("PREV_STATUS");
        ManifestEntry.Previous previous = prevStatus == null ? null : new ManifestEntry.Previous(
                rs.getString("PREV_SHA256"), rs.getString("PREV_SETTINGS"), prevStatus, rs.getString("PREV_SUMMARY"));
        return new ManifestEntry(rs.getInt("SEQ"), rs.getString("PATH"), ManifestEntry.Kind.valueOf(rs.getString("KIND")),
                rs.getLong("SIZE"), rs.getLong("MTIME"), rs.getString("SHA256"), rs.getString("NOTE"), previous);
    }

    /**
     * Files that an earlier run summarized but that are no longer in the input ({@code entries}, this
     * run's manifest): reported once as DELETED (rows numbered after the manifest), and marked so in
     * the history. With {@code prune} their summaries are to be removed: the rows say so and the
     * history forgets the summary path. The manifest is matched here, not in SQL: a NOT EXISTS needed
     * an index on the manifest's paths, which every manifest row paid for to serve this one query.
     */
    public Deleted recordDeleted(long instanceId, String inputRoot, List<ManifestEntry> entries, boolean prune) {
        Set<String> listed = new HashSet<>(entries.size() * 2);
        for (ManifestEntry e : entries) {
            listed.add(e.path());
        }
        List<String[]> gone = new ArrayList<>();
        jdbc.query("SELECT PATH, SUMMARY_PATH FROM PRECIS_HISTORY WHERE INPUT_ROOT = ? AND STATUS <> 'DELETED' ORDER BY PATH",
                rs -> {
                    String path = rs.getString(1);
                    if (!listed.contains(path)) {
                        gone.add(new String[] {path, rs.getString(2)});
                    }
                }, inputRoot);
        int seq = entries.size() + 1;
        List<String> withSummary = new ArrayList<>();
        for (String[] g : gone) {
            String reason = g[1] == null ? "input file removed"
                    : prune ? "input file removed; its summary was removed" : "input file removed; its summary was left in place";
            String summary = prune ? null : g[1];
            results.insertResult(instanceId, seq++, new ReportRow(g[0], Status.DELETED, reason, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, summary, null));
            results.markDeleted(instanceId, inputRoot, g[0], summary);
            if (g[1] != null) {
                withSummary.add(g[0]);
            }
        }
        return new Deleted(gone.size(), withSummary);
    }

    /** How many files were gone, and those of them (input paths) that had a summary. */
    public record Deleted(int count, List<String> withSummary) {
    }
}
