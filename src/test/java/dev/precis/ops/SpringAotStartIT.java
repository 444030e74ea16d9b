package dev.precis.ops;

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
 * The packaged jar started from the bean definitions the build made (Spring Boot's process-aot,
 * {@code -Dspring.aot.enabled=true}, as jobs/precis.sh starts it) does what the plain start does,
 * file for file; and a manager or worker, whose beans those definitions do not hold, refuses to
 * start that way with exit code 2 and a reason instead of running without them.
 */
class SpringAotStartIT {

    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void theAotStartWritesWhatThePlainStartWrites() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        try (Stream<Path> dev = Files.list(REPO.resolve("../shared/eval/summaries/dev"))) {
            for (Path article : dev.sorted().limit(40).toList()) {
                Files.copy(article, input.resolve(article.getFileName()));
            }
        }
        Files.copy(REPO.resolve("../shared/samples/000_ecef01a8d0ddbcac.txt"), input.resolve("seed.txt"));
        Files.write(input.resolve("empty.txt"), new byte[0]);

        Run plain = run("plain", List.of());
        Run aot = run("aot", List.of("-Dspring.aot.enabled=true"));
        assertThat(plain.exit()).as(plain.log()).isZero();
        assertThat(aot.exit()).as(aot.log()).isZero();
        assertThat(aot.log()).contains("Starting AOT-processed PrecisApplication");
        assertThat(plain.log()).doesNotContain("AOT-processed");

        Map<String, String> plainFiles = PrecisRuns.files(work.resolve("plain/output/summaries"));
        assertThat(plainFiles).hasSize(41);
        assertThat(PrecisRuns.files(work.resolve("aot/output/summaries"))).isEqualTo(plainFiles);
        assertThat(reportWithoutTimes("aot")).isEqualTo(reportWithoutTimes("plain")).hasSize(43);
    }

    @Test
    void aManagerOrWorkerWillNotStartFromTheStandaloneDefinitions() throws Exception {
        for (String role : List.of("worker", "manager")) {
            Run run = run(role, List.of("-Dspring.aot.enabled=true"), "--precis.role=" + role);
            assertThat(run.exit()).as(run.log()).isEqualTo(2);
            assertThat(run.log()).contains("precis.role=" + role + " cannot start from Spring's AOT-processed beans");
        }
    }

    private record Run(int exit, String log) {
    }

    private Run run(String name, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(work.resolve(name));
        Path log = home.resolve("log.txt");
        Process process = new ProcessBuilder(PrecisRuns.packagedJob(jvmOptions, work.resolve("input"), home.resolve("output"),
                home.resolve("db/precis"), "2026-03-01", args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(name + " ended").isTrue();
        return new Run(process.exitValue(), Files.readString(log));
    }

    /** The report's lines without the last column (millis). */
    private List<String> reportWithoutTimes(String name) throws IOException {
        return Files.readAllLines(work.resolve(name + "/output/reports/precis-2026-03-01-1.csv")).stream()
                .map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }
}
