package dev.precis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.precis.PrecisRuns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIGTERM to the packaged job in the middle of a run (systemd stopping it, a `kill`, jobs/precis.sh
 * passing one on) stops the run after the chunks in hand: the job database records it STOPPED, the
 * log says so, and a restart finishes the night with the summaries of an uninterrupted run.
 */
class StopOnSignalIT {

    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void aTermMidRunStopsTheRunAndARestartFinishesIt() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        try (Stream<Path> dev = Files.list(REPO.resolve("../shared/eval/summaries/dev"))) {
            for (Path article : dev.sorted().toList()) { // three copies each: a run of several seconds
                for (String copy : List.of("a", "b", "c")) {
                    Files.copy(article, input.resolve(copy + "-" + article.getFileName()));
                }
            }
        }

        Process run = start("stopped");
        Path log = work.resolve("stopped.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (run.isAlive() && !Files.readString(log).contains("Progress:") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(run.isAlive()).as("still summarizing when the signal comes: " + Files.readString(log)).isTrue();
        run.destroy(); // SIGTERM
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stopped = Files.readString(log);
        assertThat(run.exitValue()).as(stopped).isNotZero();
        assertThat(stopped).contains("stopping execution 1 after the chunks in hand").contains("#1 STOPPED:")
                .doesNotContain("unknown state");

        Process restart = start("stopped", "--precis.command=restart");
        assertThat(restart.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(restart.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("COMPLETED: 1500 files: 1500 summarized");

        Process whole = start("whole");
        assertThat(whole.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(whole.exitValue()).isZero();
        Map<String, String> expected = PrecisRuns.files(work.resolve("whole/summaries"));
        assertThat(expected).hasSize(1500);
        assertThat(PrecisRuns.files(work.resolve("stopped/summaries"))).isEqualTo(expected);
    }

    /** The packaged job on the input folder, output and job database under {@code name}, logging to name.log. */
    private Process start(String name, String... args) throws IOException {
        return new ProcessBuilder(PrecisRuns.packagedJob(List.of("-Xmx512m"), work.resolve("input"), work.resolve(name),
                work.resolve(name + "-db/precis"), "2026-02-01", args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile())).start();
    }
}
