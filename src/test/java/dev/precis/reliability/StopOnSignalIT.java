package dev.precis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIGTERM to the packaged job in the middle of a run (systemd stopping it, a `kill`, jobs/precis.sh
 * passing one on) stops the run after the chunks in hand: the job database records it STOPPED, the
 * log says so, and a restart finishes the night with the summaries of an uninterrupted run.
 */
class StopOnSignalIT {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path JAR = REPO.resolve("target/precis.jar");

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
        Map<String, String> expected = files(work.resolve("whole/summaries"));
        assertThat(expected).hasSize(1500);
        assertThat(files(work.resolve("stopped/summaries"))).isEqualTo(expected);
    }

    /** The packaged job on the input folder, output and job database under {@code name}, logging to name.log. */
    private Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-jar", JAR.toString(), "--precis.input=" + work.resolve("input"), "--precis.output=" + work.resolve(name),
                "--precis.job-db=" + work.resolve(name + "-db/precis"), "--precis.run-date=2026-02-01"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile())).start();
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }
}
