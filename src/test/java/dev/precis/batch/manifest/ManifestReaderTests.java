package dev.precis.batch.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.precis.batch.store.JobDatabase;
import dev.precis.batch.store.ResultTable;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The keyset-paged manifest reader on a real H2 database: its slice, its order, and a restart mid-page. */
class ManifestReaderTests {

    private static final long INSTANCE = 7;
    private ManifestTable manifest;

    @BeforeEach
    void manifestOfTwentyFilesWithSomeAlreadyReported() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:reader-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JobDatabase database = new JobDatabase(ds);
        manifest = new ManifestTable(database, new ResultTable(database));
        List<ManifestEntry> entries = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> new ManifestEntry(i, String.format("a%02d.txt", i), ManifestEntry.Kind.FILE, 10, 1, "h" + i, null, null))
                .toList();
        manifest.replaceManifest(INSTANCE, "/in", "s", entries, path -> true);
        manifest.replaceManifest(INSTANCE + 1, "/in", "s", entries, path -> true); // another instance's manifest must not leak in
        // unchanged files the manifest step reported itself: the reader skips them
        new JdbcTemplate(ds).update("UPDATE PRECIS_MANIFEST SET REPORTED = TRUE WHERE JOB_INSTANCE_ID = ? AND SEQ IN (4, 5, 9)", INSTANCE);
    }

    @Test
    void readsItsSliceInOrderAcrossPagesWithoutReportedRows() throws Exception {
        assertThat(readAll(reader(3, 17), new ExecutionContext()))
                .containsExactly(3, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17);
    }

    @Test
    void restartResumesAfterTheLastCommittedItemEvenInsideAPage() throws Exception {
        ExecutionContext context = new ExecutionContext();
        ManifestReader first = reader(1, 20);
        first.open(context);
        List<Integer> done = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            done.add(first.read().seq());
        }
        first.update(context); // what the chunk commit saves
        first.read();          // read but never committed: must be read again
        first.close();

        List<Integer> rest = readAll(reader(1, 20), context);
        done.addAll(rest);
        assertThat(rest.get(0)).isEqualTo(11);
        assertThat(done).containsExactly(1, 2, 3, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    }

    private ManifestReader reader(int firstSeq, int lastSeq) {
        return new ManifestReader(manifest, INSTANCE, "/in", firstSeq, lastSeq, 4);
    }

    private static List<Integer> readAll(ManifestReader reader, ExecutionContext context) throws Exception {
        reader.open(context);
        List<Integer> seqs = new ArrayList<>();
        for (ManifestEntry e = reader.read(); e != null; e = reader.read()) {
            seqs.add(e.seq());
        }
        reader.close();
        return seqs;
    }
}
