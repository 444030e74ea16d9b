package dev.precis.batch.store;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scale-out: which worker runs which partition (PRECIS_PARTITION_LEASE, PostgreSQL only, see
 * precis-schema-postgresql.sql), next to the partitions' step executions.
 */
@Component
public class LeaseTable {

    private final JdbcTemplate jdbc;

    public LeaseTable(JobDatabase database) {
        this.jdbc = database.jdbc();
    }

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
        } catch (DuplicateKeyException e) {
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
}
