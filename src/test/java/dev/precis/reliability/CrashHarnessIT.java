package dev.precis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The crash harness at CI size: 8 kill -9 points over 150 files with a fixed seed, two of each kind
 * (from launch, inside the job, inside a restart, inside an incremental second night), each compared
 * with an uninterrupted run. Each must really kill its run: one that ended before its kill (the
 * harness draws such a kill again within that run's own time, at most twice) is a skipped trial, and
 * a skipped trial fails this test (harness exit 3). Runs after {@code package} (failsafe), so target/precis.jar exists. The
 * full size is run on demand: {@code bench/crash-harness.sh 20} (see bench/README-crash.md).
 */
class CrashHarnessIT {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final String KILLS = "8";
    private static final String SEED = "8";
    private static final String FILES = "150";

    @Test
    void killPointsInFirstNightsRestartsAndIncrementalNightsGiveOutputIdenticalToUninterruptedRuns() throws Exception {
        Path jar = REPO.resolve("target/precis.jar");
        // Meant for failsafe, after `package`: a missing or stale jar fails the test rather than passing it unproven.
        Assertions.assertTrue(Files.isRegularFile(jar) && !olderThanClasses(jar),
                "target/precis.jar missing or older than target/classes: run through `mvn verify` (failsafe)");
        Path log = Files.createTempFile("crash-harness", ".log");
        Process harness = new ProcessBuilder("bash", REPO.resolve("bench/crash-harness.sh").toString(), KILLS, SEED, FILES)
                .directory(REPO.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = harness.waitFor(9, TimeUnit.MINUTES);
        if (!finished) {
            harness.descendants().forEach(ProcessHandle::destroyForcibly);
            harness.destroyForcibly();
        }
        String output = read(log);
        System.out.println(output);
        assertThat(finished).as("harness finished within 9 minutes:%n%s", output).isTrue();
        assertThat(harness.exitValue()).as("harness exit code:%n%s", output).isZero();
        // Every kill point killed its run (a run that ended before its kill is a skipped trial, counted apart)
        // and gave output identical to the uninterrupted run's.
        assertThat(output).as(output).contains(KILLS + "/" + KILLS + " kill points identical, 0 skipped");
        assertThat(output.lines().filter(l -> l.startsWith("kill point ")).filter(l -> l.endsWith("; OK")))
                .as(output).hasSize(Integer.parseInt(KILLS));
        assertThat(output.lines().filter(l -> l.startsWith("kill point ")))
                .as(output).noneMatch(l -> l.contains("ended before the kill"));
        // every kind ran, and the incremental ones on the second night
        assertThat(output).as(output).contains("kinds: launch 2, job 2, restart 2 (").contains(", incremental 2");
        assertThat(output.lines().filter(l -> l.startsWith("kill point ") && l.contains("(incremental, night 2026-01-02)")))
                .as(output).hasSize(2);
        assertThat(output).as(output).contains("incremental night: ");
        Files.deleteIfExists(log);
    }

    private static boolean olderThanClasses(Path jar) throws IOException {
        Path classes = REPO.resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            return false;
        }
        long built = Files.getLastModifiedTime(jar).toMillis();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile).anyMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() > built;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }

    private static String read(Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }
}
