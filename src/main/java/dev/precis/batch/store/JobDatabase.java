package dev.precis.batch.store;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job database as Precis's tables see it: which kind it is, and a template on it. Creating it
 * creates Precis's tables that do not exist yet, so every table class can count on them.
 */
@Component
public class JobDatabase {

    /** Rows per JDBC batch when a table is filled in bulk. */
    public static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final PrecisSchema schema;

    public JobDatabase(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.schema = PrecisSchema.of(dataSource);
        schema.create(dataSource);
    }

    /** The job database's kind: H2 (standalone, the default) or PostgreSQL (shared with workers). */
    public PrecisSchema schema() {
        return schema;
    }

    /** Writes through it join the caller's transaction. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
