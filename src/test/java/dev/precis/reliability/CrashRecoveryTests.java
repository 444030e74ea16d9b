package dev.precis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;
import dev.precis.batch.FailingSummaryFiles;
import dev.precis.batch.PrecisJobConfiguration;
import dev.precis.batch.RunParameters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
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

    @Test
    void aJobInstanceWithoutAnExecutionDoesNotWedgeTheNight() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        for (Path a : devArticles(3)) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        assertThat(runs.run(new Class<?>[] {OrphanInstance.class}, "--precis.command=status",
                "--test.orphan-run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);

        assertThat(runs.run("--precis.run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);
        assertThat(runs.report("2026-01-02", 1)).hasSize(3)
                .allSatisfy((path, row) -> assertThat(row.get("status")).isEqualTo("SUMMARIZED"));
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

    @Test
    void theProposedFixDeletingTheOrphanInstanceThenStartingGivesACompleteRun() throws IOException {
        // What the fix proposed in bench/README-crash.md does inside PrecisCommandLine.run: an instance
        // without executions holds no state, so delete it (JobRepository.deleteJobInstance) and start afresh.
        PrecisRuns runs = new PrecisRuns(tmp);
        for (Path a : devArticles(3)) {
            Files.copy(a, runs.input().resolve(a.getFileName()));
        }
        assertThat(runs.run(new Class<?>[] {OrphanInstance.class}, "--precis.command=status",
                "--test.orphan-run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);
        assertThat(runs.run(new Class<?>[] {DeleteOrphanInstance.class}, "--precis.command=status",
                "--test.orphan-run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);

        assertThat(runs.run("--precis.run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);
        assertThat(runs.report("2026-01-02", 1)).hasSize(3);
    }

    /** Deletes run #1 of {@code test.orphan-run-date} when it has no execution. */
    @TestConfiguration
    static class DeleteOrphanInstance {
        @Bean
        ApplicationRunner deleteOrphanInstance(JobRepository repository, Environment env) {
            return args -> {
                RunParameters run = new RunParameters(env.getRequiredProperty("test.orphan-run-date"),
                        Path.of(env.getRequiredProperty("precis.input")).toAbsolutePath().normalize(),
                        Path.of(env.getRequiredProperty("precis.output")).toAbsolutePath().normalize(), 1);
                var instance = repository.getJobInstance(PrecisJobConfiguration.JOB_NAME, run.toJobParameters());
                assertThat(instance).isNotNull();
                assertThat(repository.getLastJobExecution(instance)).isNull();
                repository.deleteJobInstance(instance);
            };
        }
    }

    /** Records run #1 of {@code test.orphan-run-date} as a job instance with no execution, then the status command runs. */
    @TestConfiguration
    static class OrphanInstance {
        @Bean
        ApplicationRunner orphanInstance(JobRepository repository, Environment env) {
            return args -> {
                RunParameters run = new RunParameters(env.getRequiredProperty("test.orphan-run-date"),
                        Path.of(env.getRequiredProperty("precis.input")).toAbsolutePath().normalize(),
                        Path.of(env.getRequiredProperty("precis.output")).toAbsolutePath().normalize(), 1);
                repository.createJobInstance(PrecisJobConfiguration.JOB_NAME, run.toJobParameters());
            };
        }
    }

    private static List<Path> devArticles(int n) throws IOException {
        try (Stream<Path> files = Files.list(PrecisRuns.devArticles())) {
            return files.sorted().limit(n).toList();
        }
    }
}
