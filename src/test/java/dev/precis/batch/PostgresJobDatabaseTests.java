package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.precis.PrecisRuns;
import dev.precis.batch.store.JobDatabase;
import dev.precis.batch.store.JobDatabaseLock;
import dev.precis.batch.store.PrecisSchema;
import dev.precis.scaleout.TestPostgres;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The job on a PostgreSQL job database (what a manager and its workers share), in one JVM: two
 * nights with changed, new, deleted, failing and pruned files give what the same nights give on H2,
 * and the database's run lock lets one process in at a time.
 */
class PostgresJobDatabaseTests {

    private static TestPostgres postgres;

    @TempDir
    Path tmp;

    @BeforeAll
    static void server() throws IOException {
        postgres = new TestPostgres(false);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void twoNightsOnPostgreSqlWriteWhatTheyWriteOnH2() throws Exception {
        String url = postgres.database("nights");
        PrecisRuns h2 = new PrecisRuns(tmp.resolve("h2"));
        PrecisRuns pg = new PrecisRuns(tmp.resolve("pg"));
        List<Path> articles = PrecisJobFunctionalTests.devArticles(12);
        for (PrecisRuns runs : List.of(h2, pg)) {
            for (Path a : articles) {
                Files.copy(a, runs.input().resolve(a.getFileName()));
            }
            Files.createDirectories(runs.input().resolve("sub"));
            Files.writeString(runs.input().resolve("sub/empty.txt"), "");
        }
        String[] onPg = {"--spring.datasource.url=" + url, "--spring.datasource.username=postgres"};

        assertThat(h2.run("--precis.run-date=2026-03-01")).isZero();
        assertThat(pg.run(with(onPg, "--precis.run-date=2026-03-01"))).isZero();
        assertSame(h2, pg, "2026-03-01");

        for (PrecisRuns runs : List.of(h2, pg)) {
            Path changed = runs.input().resolve(articles.get(0).getFileName());
            Files.writeString(changed, Files.readString(changed) + "\nA late paragraph adds one more sentence to this story.\n");
            Files.delete(runs.input().resolve(articles.get(1).getFileName()));
            Files.write(runs.input().resolve(articles.get(2).getFileName()), new byte[] {'x', 0, 'y'});
            Files.copy(PrecisJobFunctionalTests.devArticles(13).get(12), runs.input().resolve("sub/new.txt"));
        }
        assertThat(h2.run("--precis.run-date=2026-03-02", "--precis.output.prune-deleted=true")).isZero();
        assertThat(pg.run(with(onPg, "--precis.run-date=2026-03-02", "--precis.output.prune-deleted=true"))).isZero();
        Map<String, String> night = assertSame(h2, pg, "2026-03-02");
        assertThat(night.values()).contains("SKIPPED unchanged since its last summary", "SUMMARIZED ",
                "FAILED binary content (NUL bytes); its summary from an earlier run was removed",
                "DELETED input file removed; its summary was removed");
    }

    @Test
    void theRunLockLetsOneProcessInAtATime() throws Exception {
        DataSource ds = new DriverManagerDataSource(postgres.database("locks"), "postgres", "");
        JobDatabase database = new JobDatabase(ds);
        assertThat(database.schema()).isEqualTo(PrecisSchema.POSTGRESQL);
        JobDatabaseLock first = new JobDatabaseLock(ds, database);
        JobDatabaseLock second = new JobDatabaseLock(ds, database);
        assertThat(first.tryLock()).isTrue();
        assertThat(second.tryLock()).isFalse();
        first.destroy();
        assertThat(second.tryLock()).isTrue();
        second.destroy();
    }

    @Test
    void aHistoryKeyedByRootThenPathIsRekeyedByPathThenRootKeepingItsRows() throws Exception {
        DataSource ds = new DriverManagerDataSource(postgres.database("oldkey"), "postgres", "");
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE PRECIS_HISTORY (INPUT_ROOT VARCHAR(4096) COLLATE \"C\" NOT NULL,"
                + " PATH VARCHAR(4096) COLLATE \"C\" NOT NULL, SHA256 CHAR(64), SETTINGS VARCHAR(200) NOT NULL,"
                + " STATUS VARCHAR(16) NOT NULL, SUMMARY_PATH VARCHAR(4096) COLLATE \"C\", JOB_INSTANCE_ID BIGINT NOT NULL,"
                + " PRIMARY KEY (INPUT_ROOT, PATH))");
        jdbc.update("INSERT INTO PRECIS_HISTORY VALUES ('/in', 'a.txt', NULL, 's', 'SUMMARIZED', 'a.summary.txt', 1)");
        String firstKeyColumn = "SELECT a.attname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid"
                + " AND a.attnum = c.conkey[1] WHERE c.conrelid = 'precis_history'::regclass AND c.contype = 'p'";
        assertThat(jdbc.queryForObject(firstKeyColumn, String.class)).isEqualTo("input_root");

        new JobDatabase(ds);
        new JobDatabase(ds); // the second start finds the new key and leaves it

        assertThat(jdbc.queryForObject(firstKeyColumn, String.class)).isEqualTo("path");
        assertThat(jdbc.queryForList("SELECT INPUT_ROOT || ' ' || PATH || ' ' || SUMMARY_PATH FROM PRECIS_HISTORY", String.class))
                .containsExactly("/in a.txt a.summary.txt");
    }

    private static String[] with(String[] a, String... b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }

    /** Same summaries and report rows (bar the time per file); returns the night's rows as "status reason". */
    private static Map<String, String> assertSame(PrecisRuns h2, PrecisRuns pg, String date) throws IOException {
        assertThat(pg.summaries()).isEqualTo(h2.summaries());
        Map<String, CSVRecord> expected = h2.report(date, 1);
        Map<String, CSVRecord> actual = pg.report(date, 1);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            Map<String, String> e = expected.get(path).toMap();
            Map<String, String> a = actual.get(path).toMap();
            e.remove("millis");
            a.remove("millis");
            assertThat(a).as(path).isEqualTo(e);
        }
        return actual.values().stream().collect(Collectors.toMap(r -> r.get("path"), r -> r.get("status") + " " + r.get("reason")));
    }
}
