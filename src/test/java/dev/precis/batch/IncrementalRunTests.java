package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.precis.PrecisRuns;
import dev.precis.text.WordCounter;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Later nights: what is redone, what is kept, and what no longer matches its input. */
class IncrementalRunTests {

    @TempDir
    Path tmp;

    @Test
    void aNewWordCapRedoesFilesWhoseInstructionItNowCaps() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> articles = PrecisJobFunctionalTests.devArticles(3); // each asks for 75 words
        for (Path a : articles) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        assertThat(runs.run("--precis.run-date=2026-03-01")).isZero();

        assertThat(runs.run("--precis.run-date=2026-03-02", "--precis.max-words=40")).isZero();

        Map<String, CSVRecord> night = runs.report("2026-03-02", 1);
        assertThat(night).hasSize(3).allSatisfy((path, row) -> {
            assertThat(row.get("status")).isEqualTo("SUMMARIZED");
            assertThat(row.get("requested_words")).isEqualTo("40");
        });
        for (String summary : runs.summaries().values()) {
            assertThat(new WordCounter().count(summary)).isLessThanOrEqualTo(40);
        }
        // and the same cap the next night: unchanged
        assertThat(runs.run("--precis.run-date=2026-03-03", "--precis.max-words=40")).isZero();
        assertThat(runs.report("2026-03-03", 1)).allSatisfy((path, row) ->
                assertThat(row.get("reason")).isEqualTo("unchanged since its last summary"));
    }
}
