package dev.precis.batch.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Precis's own tables in the job database, in one place for both databases it runs on: the file H2
 * database of a standalone run ({@code precis-schema-h2.sql}, as always) and the PostgreSQL database
 * a manager shares with its workers ({@code precis-schema-postgresql.sql}). Spring Batch's own tables
 * come from Boot's initializer with Batch's script for the same platform. The few statements that
 * differ between the two (the upserts) are here too.
 */
public enum PrecisSchema {

    H2("precis-schema-h2.sql",
            "MERGE INTO PRECIS_HISTORY (INPUT_ROOT, PATH, SHA256, SETTINGS, STATUS, SUMMARY_PATH, JOB_INSTANCE_ID)"
                    + " KEY (INPUT_ROOT, PATH) VALUES (?, ?, ?, ?, ?, ?, ?)",
            "MERGE INTO PRECIS_RUN (JOB_INSTANCE_ID, FILES, SUMMARIZED, SKIPPED, UNCHANGED, FAILED, DELETED)"
                    + " KEY (JOB_INSTANCE_ID) VALUES (?, ?, ?, ?, ?, ?, ?)"),

    POSTGRESQL("precis-schema-postgresql.sql",
            "INSERT INTO PRECIS_HISTORY (INPUT_ROOT, PATH, SHA256, SETTINGS, STATUS, SUMMARY_PATH, JOB_INSTANCE_ID)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (INPUT_ROOT, PATH) DO UPDATE SET SHA256 = EXCLUDED.SHA256,"
                    + " SETTINGS = EXCLUDED.SETTINGS, STATUS = EXCLUDED.STATUS, SUMMARY_PATH = EXCLUDED.SUMMARY_PATH,"
                    + " JOB_INSTANCE_ID = EXCLUDED.JOB_INSTANCE_ID",
            "INSERT INTO PRECIS_RUN (JOB_INSTANCE_ID, FILES, SUMMARIZED, SKIPPED, UNCHANGED, FAILED, DELETED)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (JOB_INSTANCE_ID) DO UPDATE SET FILES = EXCLUDED.FILES,"
                    + " SUMMARIZED = EXCLUDED.SUMMARIZED, SKIPPED = EXCLUDED.SKIPPED, UNCHANGED = EXCLUDED.UNCHANGED,"
                    + " FAILED = EXCLUDED.FAILED, DELETED = EXCLUDED.DELETED");

    /** pg_advisory_xact_lock's first key for Precis ('PREC'); the second says what is locked. */
    public static final int LOCK_SPACE = 0x50524543;
    static final int SCHEMA_LOCK = 1;
    /** JobDatabaseLock's: held by the run or restart that owns the job database. */
    public static final int RUN_LOCK = 2;

    private final String script;
    final String upsertHistory;
    final String upsertRun;

    PrecisSchema(String script, String upsertHistory, String upsertRun) {
        this.script = script;
        this.upsertHistory = upsertHistory;
        this.upsertRun = upsertRun;
    }

    /** The schema of this data source's database: PostgreSQL, else H2 (the only two Precis runs on). */
    public static PrecisSchema of(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product != null && product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot reach the job database: " + e.getMessage(), e);
        }
    }

    /** Creates the tables that do not exist yet. */
    void create(DataSource dataSource) {
        if (this == H2) {
            new ResourceDatabasePopulator(new ClassPathResource(script)).execute(dataSource);
            return;
        }
        // PostgreSQL: a manager and its workers may start at once, and two concurrent CREATE TABLE IF
        // NOT EXISTS of one table can fail; the lock makes them wait for each other.
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_SPACE + ", " + SCHEMA_LOCK + ")");
                ScriptUtils.executeSqlScript(c, new ClassPathResource(script));
                historyKeyPathFirst(s);
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create Precis's tables: " + e.getMessage(), e);
        }
    }

    /**
     * A PostgreSQL database made before PRECIS_HISTORY's key led with PATH gets the new key, once:
     * with INPUT_ROOT first, the planner (its statistics lagging the rows a night adds) read a root's
     * whole history for every file of the reader's page (bench/README-scaleout.md). Runs under the
     * schema lock, in its transaction.
     */
    private static void historyKeyPathFirst(Statement s) throws SQLException {
        String constraint = null;
        try (ResultSet rs = s.executeQuery("SELECT c.conname FROM pg_constraint c JOIN pg_attribute a"
                + " ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                + " WHERE c.conrelid = 'precis_history'::regclass AND c.contype = 'p' AND a.attname = 'input_root'")) {
            if (rs.next()) {
                constraint = rs.getString(1);
            }
        }
        if (constraint != null) {
            s.execute("ALTER TABLE PRECIS_HISTORY DROP CONSTRAINT \"" + constraint.replace("\"", "\"\"")
                    + "\", ADD PRIMARY KEY (PATH, INPUT_ROOT)");
        }
    }
}
