package dev.precis.batch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One run or restart at a time per PostgreSQL job database, whichever machine it starts on: what
 * the cron scripts' flock does for the H2 file of a standalone run. The lock is a session-level
 * advisory lock held on one connection for the life of the process, so PostgreSQL drops it by itself
 * when the process dies, however it dies. On H2 it always succeeds (the scripts hold the flock).
 */
@Component
public class JobDatabaseLock implements DisposableBean {

    private final DataSource dataSource;
    private final JobDatabase database;
    private Connection held;

    public JobDatabaseLock(DataSource dataSource, JobDatabase database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    /** True when this process now holds the lock (or needs none); false when another process holds it. */
    public synchronized boolean tryLock() throws SQLException {
        if (held != null || database.schema() != PrecisSchema.POSTGRESQL) {
            return true;
        }
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + PrecisSchema.LOCK_SPACE + ", "
                     + PrecisSchema.RUN_LOCK + ")")) {
            if (rs.next() && rs.getBoolean(1)) {
                held = c;
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return false;
    }

    @Override
    public synchronized void destroy() throws SQLException {
        if (held != null) {
            try (Statement s = held.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + PrecisSchema.LOCK_SPACE + ", " + PrecisSchema.RUN_LOCK + ")");
            } finally {
                held.close();
                held = null;
            }
        }
    }
}
