package dev.precis.batch.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import dev.precis.batch.store.JobDatabase;
import dev.precis.batch.store.ResultTable;
import dev.precis.clean.RunLines;
import dev.precis.report.ReportRow;
import dev.precis.report.Status;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A completed run's manifest and recurring lines are dropped, and only its own: emptied whole when no
 * other run holds a manifest, deleted row by row when another (a failed run waiting for its restart)
 * does, which keeps its rows.
 */
class DropManifestTests {

    private ResultTable results;
    private ManifestTable manifest;
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:drop-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JobDatabase database = new JobDatabase(ds);
        results = new ResultTable(database);
        manifest = new ManifestTable(database, results);
        jdbc = new JdbcTemplate(ds);
    }

    private void manifest(long instance) {
        List<ManifestEntry> entries = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new ManifestEntry(i, "a" + i + ".txt", ManifestEntry.Kind.FILE, 10, 1, "h" + i, null, null)).toList();
        manifest.replaceManifest(instance, "/in" + instance, "s", entries, path -> true);
        manifest.replaceRunLines(instance, RunLines.of(new long[] {instance, instance + 100}, new int[] {2, 3}));
    }

    private List<Long> instancesIn(String table) {
        return jdbc.queryForList("SELECT DISTINCT JOB_INSTANCE_ID FROM " + table + " ORDER BY 1", Long.class);
    }

    @Test
    void theOnlyManifestEmptiesTheTables() {
        manifest(5);
        results.insertResult(5, 1, ReportRow.withoutSummary("a1.txt", Status.FAILED, "unreadable", 10L, null, 0L));
        manifest.dropManifest(5);
        assertThat(instancesIn("PRECIS_MANIFEST")).isEmpty();
        assertThat(instancesIn("PRECIS_RUN_LINE")).isEmpty();
        assertThat(instancesIn("PRECIS_RESULT")).as("report rows stay for status and history").containsExactly(5L);
    }

    @Test
    void anotherRunsManifestBeforeOrAfterItStays() {
        for (long other : new long[] {4, 6}) {
            manifest(5);
            manifest(other);
            manifest.dropManifest(5);
            assertThat(instancesIn("PRECIS_MANIFEST")).containsExactly(other);
            assertThat(instancesIn("PRECIS_RUN_LINE")).containsExactly(other);
            manifest.dropManifest(other);
            assertThat(instancesIn("PRECIS_MANIFEST")).isEmpty();
        }
    }
}
