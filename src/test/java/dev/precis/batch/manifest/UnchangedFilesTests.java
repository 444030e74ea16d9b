package dev.precis.batch.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.precis.batch.output.SummaryFiles;
import dev.precis.batch.store.FileOutcome;
import dev.precis.batch.store.JobDatabase;
import dev.precis.batch.store.ResultTable;
import dev.precis.report.ReportRow;
import dev.precis.report.Status;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The manifest step's own "unchanged" decision, on a real H2 database: it merges the history (in
 * the database's path order) with the manifest (in Java's), so names whose order could differ
 * between the two (accents, case, supplementary characters, full-width forms) must all be found.
 */
class UnchangedFilesTests {

    private static final String ROOT = "/in";
    private static final String SETTINGS = "v2;coverage";

    @Test
    void filesWithTheSameHashSettingsAndASummaryAreReportedWithTheManifestWhateverTheirNames() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:unchanged-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JobDatabase database = new JobDatabase(ds);
        ResultTable results = new ResultTable(database);
        ManifestTable manifest = new ManifestTable(database, results);
        JdbcTemplate jdbc = new JdbcTemplate(ds);

        List<String> names = new ArrayList<>(List.of("a.txt", "B.txt", "b.txt", "é.txt", "e\u0301.txt", "z/x.txt",
                "z.txt", "\uD83D\uDE00.txt", "\uFF5E.txt", "日本.txt", "changed.txt", "no-summary.txt", "link.txt",
                "skipped-last-time.txt", "other-settings.txt"));
        names.sort(Comparator.naturalOrder()); // as InputScanner sorts the manifest
        // Last night: every file summarized, except one skipped and one under other settings.
        List<FileOutcome> history = new ArrayList<>();
        for (String name : names) {
            ReportRow row = name.startsWith("skipped")
                    ? ReportRow.withoutSummary(name, Status.SKIPPED, "no story text after cleaning", 1L, sha(name), 0L)
                    : new ReportRow(name, Status.SUMMARIZED, null, "UTF-8", "en", 1L, 100, 80, 5, 1, 40, 50, 2, 1,
                            "requested-words", null, sha(name), summary(name), 0L);
            history.add(new FileOutcome(0, row, null, null, true));
        }
        results.updateHistory(1, ROOT, SETTINGS, history.stream().filter(o -> !o.row().path().startsWith("other")).toList());
        results.updateHistory(1, ROOT, "v1;lead", history.stream().filter(o -> o.row().path().startsWith("other")).toList());

        // Tonight: one file changed, one lost its summary, one became a symbolic link, one is new.
        List<ManifestEntry> entries = new ArrayList<>();
        List<String> tonight = new ArrayList<>(names);
        tonight.add("new.txt");
        tonight.sort(Comparator.naturalOrder());
        for (int i = 0; i < tonight.size(); i++) {
            String name = tonight.get(i);
            ManifestEntry.Kind kind = name.equals("link.txt") ? ManifestEntry.Kind.SYMLINK : ManifestEntry.Kind.FILE;
            String sha = name.equals("changed.txt") ? sha("changed again") : kind == ManifestEntry.Kind.SYMLINK ? null : sha(name);
            entries.add(new ManifestEntry(i + 1, name, kind, 1, 1, sha, null, null));
        }
        int unchanged = manifest.replaceManifest(2, ROOT, SETTINGS, entries, path -> !path.equals(summary("no-summary.txt")));

        Set<String> notUnchanged = Set.of("changed.txt", "no-summary.txt", "link.txt", "skipped-last-time.txt",
                "other-settings.txt", "new.txt");
        List<String> expected = tonight.stream().filter(n -> !notUnchanged.contains(n)).toList();
        assertThat(unchanged).isEqualTo(expected.size()).isEqualTo(10);
        assertThat(jdbc.queryForList("SELECT PATH FROM PRECIS_MANIFEST WHERE JOB_INSTANCE_ID = 2 AND REPORTED ORDER BY SEQ", String.class))
                .containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForList("SELECT PATH FROM PRECIS_RESULT WHERE JOB_INSTANCE_ID = 2 AND STATUS = 'SKIPPED'"
                + " AND REASON = ? ORDER BY SEQ", String.class, ReportRow.UNCHANGED)).containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForList("SELECT SUMMARY_PATH FROM PRECIS_RESULT WHERE JOB_INSTANCE_ID = 2 ORDER BY SEQ", String.class))
                .containsExactlyElementsOf(expected.stream().map(UnchangedFilesTests::summary).toList());
        // the rest is left to the chunk step
        assertThat(jdbc.queryForList("SELECT PATH FROM PRECIS_MANIFEST WHERE JOB_INSTANCE_ID = 2 AND NOT REPORTED", String.class))
                .containsExactlyInAnyOrderElementsOf(notUnchanged);
    }

    private static String sha(String name) {
        return String.format("%064x", new java.math.BigInteger(1, name.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .substring(0, 64);
    }

    private static String summary(String name) {
        return SummaryFiles.summaryPath(name);
    }
}
