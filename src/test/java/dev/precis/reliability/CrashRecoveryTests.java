package dev.precis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;
import dev.precis.batch.FailingSummaryFiles;
import dev.precis.batch.PrecisJob;
import dev.precis.batch.RunParameters;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Deterministic reproductions of states that bench/crash-harness.sh reached with {@code kill -9}:
 * a temporary summary file left in output/.precis-tmp/ by a kill inside a summary write, and a
 * job instance recorded without its execution (H2 had flushed the one commit but not the next).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CrashRecoveryTests {

    @TempDir
    Path tmp;

    @Test
    void aRestartSweepsTemporaryFilesThatAKilledChunkLeftBehind() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        for (Path a : devArticles(12)) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        // The 8th write fails: chunk 1 (5 files) is committed, chunk 2 is not; the manifest step is COMPLETED.
        assertThat(runs.run(new Class<?>[] {FailingSummaryFiles.class}, "--precis.commit-interval=5",
                "--test.fail-at-write=8")).isEqualTo(PrecisCommandLine.JOB_FAILED);
        // What kill -9 between SummaryFiles.write's CREATE_NEW and its rename leaves behind:
        Path leftover = runs.output().resolve(".precis-tmp/3f2c9a4e-0000-4000-8000-000000000000.tmp");
        Files.writeString(leftover, "half a summ");

        assertThat(runs.run("--precis.command=restart", "--precis.commit-interval=5")).isEqualTo(PrecisCommandLine.OK);

        assertThat(runs.report("2026-01-01", 1)).hasSize(12);
        try (Stream<Path> temp = Files.list(runs.output().resolve(".precis-tmp"))) {
            assertThat(temp).isEmpty();
        }
    }

    /**
     * The product's own path (PrecisCommandLine.run): the night's job instance exists without an
     * execution, so the run deletes it and starts afresh. The fixture records the instance with the
     * very parameters the command line derives (real input path), and the test checks that this
     * instance is the one that went, so it cannot pass by starting an unrelated instance.
     */
    @Test
    void aJobInstanceWithoutAnExecutionIsDeletedByTheRunCommandAndTheNightCompletes() throws Exception {
        PrecisRuns runs = new PrecisRuns(tmp);
        for (Path a : devArticles(3)) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        assertThat(runs.run(new Class<?>[] {OrphanInstance.class}, "--precis.command=status",
                "--test.orphan-run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);
        long orphan;
        try (Connection db = jobDatabase()) {
            orphan = single(db, "SELECT i.JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE i WHERE NOT EXISTS"
                    + " (SELECT 1 FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID)");
        }

        assertThat(runs.run("--precis.run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);

        assertThat(runs.report("2026-01-02", 1)).hasSize(3)
                .allSatisfy((path, row) -> assertThat(row.get("status")).isEqualTo("SUMMARIZED"));
        try (Connection db = jobDatabase()) {
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = " + orphan))
                    .as("the orphan instance was deleted by the run command").isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).as("one instance: the night's").isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'")).isEqualTo(1);
        }
    }

    /**
     * Found by the crash harness's restart kill points: Spring Batch records a restart's partition
     * step executions with empty contexts and fills them in afterwards. A restart killed in between
     * left a slice whose last execution has no range and no read count, and every later restart
     * failed on it (NullPointerException on firstSeq). The next restart must resume that slice where
     * its last committed chunk left it.
     */
    @Test
    void aRestartKilledWhileItRecordedItsSlicesIsResumedByTheNextRestart() throws IOException {
        List<Path> articles = devArticles(23);
        PrecisRuns clean = new PrecisRuns(tmp.resolve("clean"));
        PrecisRuns failing = new PrecisRuns(tmp.resolve("failing"));
        for (Path a : articles) {
            Files.copy(a, clean.input().resolve(a.getFileName()));
            Files.copy(a, failing.input().resolve(a.getFileName()));
        }
        assertThat(clean.run("--precis.commit-interval=5", "--precis.threads=2")).isEqualTo(PrecisCommandLine.OK);
        assertThat(failing.run(new Class<?>[] {FailingSummaryFiles.class}, "--precis.commit-interval=5", "--precis.threads=2",
                "--test.fail-at-write=8")).isEqualTo(PrecisCommandLine.JOB_FAILED);
        assertThat(failing.run(new Class<?>[] {InterruptedRestart.class}, "--precis.command=status")).isEqualTo(PrecisCommandLine.OK);

        assertThat(failing.run("--precis.command=restart", "--precis.commit-interval=5", "--precis.threads=2"))
                .isEqualTo(PrecisCommandLine.OK);

        assertThat(failing.summaries()).isEqualTo(clean.summaries()).hasSize(23);
        assertThat(withoutMillis(failing.report("2026-01-01", 1))).isEqualTo(withoutMillis(clean.report("2026-01-01", 1)));
    }

    /** The same loss for a slice that never committed a chunk: it starts afresh on the range the partitioner gives it. */
    @Test
    void aSliceThatNeverCommittedAndLostItsRangeStartsAfresh() throws IOException {
        List<Path> articles = devArticles(12);
        PrecisRuns clean = new PrecisRuns(tmp.resolve("clean"));
        PrecisRuns failing = new PrecisRuns(tmp.resolve("failing"));
        for (Path a : articles) {
            Files.copy(a, clean.input().resolve(a.getFileName()));
            Files.copy(a, failing.input().resolve(a.getFileName()));
        }
        assertThat(clean.run("--precis.commit-interval=3", "--precis.threads=2")).isEqualTo(PrecisCommandLine.OK);
        // the first write fails: that slice commits nothing, the other runs to its end
        assertThat(failing.run(new Class<?>[] {FailingSummaryFiles.class}, "--precis.commit-interval=3", "--precis.threads=2",
                "--test.fail-at-write=1")).isEqualTo(PrecisCommandLine.JOB_FAILED);
        assertThat(failing.run(new Class<?>[] {ForgetRangeOfIdleSlice.class}, "--precis.command=status")).isEqualTo(PrecisCommandLine.OK);

        assertThat(failing.run("--precis.command=restart", "--precis.commit-interval=3", "--precis.threads=2"))
                .isEqualTo(PrecisCommandLine.OK);

        assertThat(failing.summaries()).isEqualTo(clean.summaries()).hasSize(12);
        assertThat(withoutMillis(failing.report("2026-01-01", 1))).isEqualTo(withoutMillis(clean.report("2026-01-01", 1)));
    }

    /** Removes range and position from the slice that committed nothing, as if it had never been given them. */
    @TestConfiguration
    static class ForgetRangeOfIdleSlice {
        @Bean
        ApplicationRunner forgetRange(JobRepository repository) {
            return args -> {
                JobInstance instance = repository.getJobInstances(PrecisJob.JOB_NAME, 0, 1).get(0);
                int forgotten = 0;
                for (JobExecution execution : repository.getJobExecutions(instance)) {
                    for (var step : execution.getStepExecutions()) {
                        if (step.getStepName().startsWith("summarizeSlice:") && step.getCommitCount() == 0) {
                            step.getExecutionContext().remove("firstSeq");
                            step.getExecutionContext().remove("lastSeq");
                            step.getExecutionContext().remove("manifestReader.read.count");
                            repository.updateExecutionContext(step);
                            forgotten++;
                        }
                    }
                }
                assertThat(forgotten).isEqualTo(1);
            };
        }
    }

    /**
     * What a restart killed inside Spring Batch's partition split leaves (seen in the harness's job
     * database): a started job execution whose summarize step and first slice were recorded with
     * empty execution contexts.
     */
    @TestConfiguration
    static class InterruptedRestart {
        @Bean
        ApplicationRunner interruptedRestart(JobRepository repository) {
            return args -> {
                JobInstance instance = repository.getJobInstances(PrecisJob.JOB_NAME, 0, 1).get(0);
                JobExecution failed = repository.getLastJobExecution(instance);
                assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
                JobExecution restart = repository.createJobExecution(instance, failed.getJobParameters(), new ExecutionContext());
                restart.setStatus(BatchStatus.STARTED);
                restart.setStartTime(LocalDateTime.now());
                repository.update(restart);
                repository.createStepExecution("summarize", restart);
                repository.createStepExecution("summarizeSlice:range0", restart);
            };
        }
    }

    private static Map<String, List<String>> withoutMillis(Map<String, CSVRecord> report) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        report.forEach((path, r) -> {
            Map<String, String> m = new LinkedHashMap<>(r.toMap());
            m.remove("millis");
            rows.put(path, List.copyOf(m.values()));
        });
        return rows;
    }

    @Test
    void theOrphanInstanceFixtureReallyCreatesAnInstanceWithoutExecution() throws IOException {
        // Guards the fixture of the test above: the run it leaves behind is not resumable by restart.
        PrecisRuns runs = new PrecisRuns(tmp);
        Files.copy(devArticles(1).get(0), runs.input().resolve("a.txt"));
        assertThat(runs.run(new Class<?>[] {OrphanInstance.class}, "--precis.command=status",
                "--test.orphan-run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);
        assertThat(runs.run("--precis.command=restart")).isEqualTo(PrecisCommandLine.OK);
        assertThat(runs.output().resolve("reports/precis-2026-01-02-1.csv")).doesNotExist();
    }

    private Connection jobDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("jobs/precis").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            long value = rs.getLong(1);
            assertThat(rs.next()).as("one row: " + sql).isFalse();
            return value;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        return single(db, sql);
    }

    /** Records run #1 of {@code test.orphan-run-date} as a job instance with no execution, then the status command runs. */
    @TestConfiguration
    static class OrphanInstance {
        @Bean
        ApplicationRunner orphanInstance(JobRepository repository, Environment env) {
            return args -> {
                // The parameters PrecisCommandLine.run derives: the input's real path, the output's absolute one.
                RunParameters run = new RunParameters(env.getRequiredProperty("test.orphan-run-date"),
                        Path.of(env.getRequiredProperty("precis.input")).toRealPath(),
                        Path.of(env.getRequiredProperty("precis.output")).toAbsolutePath().normalize(), 1);
                repository.createJobInstance(PrecisJob.JOB_NAME, run.toJobParameters());
            };
        }
    }

    private static List<Path> devArticles(int n) throws IOException {
        try (Stream<Path> files = Files.list(PrecisRuns.devArticles())) {
            return files.sorted().limit(n).toList();
        }
    }
}
