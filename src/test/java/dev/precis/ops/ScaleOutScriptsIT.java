package dev.precis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.precis.scaleout.TestPostgres;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out scripts as the README sets them up: jobs/worker.sh on two machines (two working
 * folders, each with its config/application.properties naming the shared PostgreSQL job database,
 * the broker and the input folder) and jobs/manager.sh on the first, all three started at the same
 * moment, from a versioned jar behind a precis.jar symbolic link. Each machine makes its start-up
 * cache once (the manager waits for the worker beside it rather than skipping its night), trains on
 * the configured input folder, and the training never touches the shared database: its history
 * holds the one real night.
 */
class ScaleOutScriptsIT {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path JAR = REPO.resolve("target/precis.jar");
    private static final String DATE = "2026-01-01";
    private static final int FILES = 60;

    @TempDir
    Path dir;

    @Test
    void workersAndAManagerStartedTogetherEachStartFromACacheTrainedOffTheSharedDatabase() throws Exception {
        Assertions.assertTrue(Files.isRegularFile(JAR), "target/precis.jar missing: run through `mvn verify` (failsafe)");
        Path jars = Files.createDirectories(dir.resolve("jars"));
        Files.copy(JAR, jars.resolve("precis-1.0.0.jar"));
        Path jar = Files.createSymbolicLink(jars.resolve("precis.jar"), Path.of("precis-1.0.0.jar"));
        Path articles = Files.createDirectories(dir.resolve("articles"));
        try (Stream<Path> dev = Files.list(REPO.resolve("../shared/eval/summaries/dev"))) {
            for (Path p : dev.sorted().limit(FILES).toList()) {
                Files.copy(p, articles.resolve(p.getFileName()));
            }
        }
        int brokerPort;
        try (ServerSocket s = new ServerSocket(0)) {
            brokerPort = s.getLocalPort();
        }
        try (TestPostgres postgres = new TestPostgres(false)) {
            String db = postgres.database("precis");
            Path a = machine("a", db, brokerPort);
            Path b = machine("b", db, brokerPort);
            List<Process> workers = List.of(script(a, jar, "worker.sh").start(), script(b, jar, "worker.sh").start());
            Process manager = script(a, jar, "manager.sh", "--precis.scale-out.embedded-broker=true", "--precis.run-date=" + DATE).start();
            try {
                assertThat(manager.waitFor(600, TimeUnit.SECONDS)).as("the manager ended").isTrue();
                assertThat(manager.exitValue()).as(new String(manager.getErrorStream().readAllBytes()) + logs(a)).isZero();
            } finally {
                for (Process w : workers) {
                    w.destroy(); // SIGTERM to worker.sh, which passes it on to its JVM
                }
                for (Process w : workers) {
                    if (!w.waitFor(120, TimeUnit.SECONDS)) {
                        w.destroyForcibly();
                    }
                }
                manager.destroyForcibly();
            }
            assertThat(logs(a)).contains("Precis run " + DATE + " #1 COMPLETED: " + FILES + " files: " + FILES + " summarized");
            try (Stream<Path> summaries = Files.list(dir.resolve("output/summaries"))) {
                assertThat(summaries.count()).isEqualTo(FILES);
            }
            for (Path machine : List.of(a, b)) {
                String logs = logs(machine);
                String cache = machine.toRealPath().resolve("jobs/app/precis." + (newestJava() >= 25 ? "aot" : "jsa")).toString();
                // made once per machine, from the versioned jar's extracted copy, on the configured input's files
                assertThat(count(logs, "start-up cache made in " + cache)).as(logs).isEqualTo(1);
                assertThat(logs).doesNotContain("Unable to access jarfile").doesNotContain("could not make a start-up cache");
                if (newestJava() >= 25) {
                    assertThat(logs).containsPattern("Manifest: 20 files in \\S*/jobs/app/training/input");
                }
                // and every process on the machine started from it: the worker, and on a the manager too
                assertThat(count(logs, "(jar " + jar + ", start-up cache " + cache + ",")).as(logs).isEqualTo(machine == a ? 2 : 1);
            }
            // the shared database's history: the one real night, none of the trainings' runs
            try (Connection c = DriverManager.getConnection(db, "postgres", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            Process status = script(a, jar, "status.sh").start();
            String table = new String(status.getInputStream().readAllBytes());
            assertThat(status.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(status.exitValue()).isZero();
            assertThat(table).contains(DATE + " #1").contains("COMPLETED").doesNotContain("2000-01-01");
        }
    }

    /** A machine's working folder with the scale-out settings in config/application.properties. */
    private Path machine(String name, String db, int brokerPort) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name).resolve("config")).getParent();
        Files.writeString(home.resolve("config/application.properties"), String.join("\n",
                "spring.datasource.url=" + db,
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "spring.artemis.broker-url=tcp://localhost:" + brokerPort,
                "precis.scale-out.embedded-broker-url=tcp://localhost:" + brokerPort,
                "precis.input = " + dir.resolve("articles"),
                "precis.output = " + dir.resolve("output"),
                "precis.threads=1",
                "precis.scale-out.partition-files=20",
                "precis.scale-out.poll-interval=500ms",
                "precis.scale-out.heartbeat=1s",
                ""));
        return home;
    }

    private ProcessBuilder script(Path home, Path jar, String name, String... args) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home,
                "PRECIS_HOME=" + home, "PRECIS_JAR=" + jar, "JAVA_HOME=" + System.getProperty("java.home"),
                REPO.resolve("jobs").resolve(name).toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(ProcessBuilder.Redirect.PIPE);
    }

    /** Every log under the machine's jobs/logs (the manager's and its workers'), one after the other. */
    private static String logs(Path home) throws IOException {
        try (Stream<Path> all = Files.walk(home.resolve("jobs/logs"))) {
            return all.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return "== " + p + "\n" + Files.readString(p);
                } catch (IOException e) {
                    return e.toString();
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The major version of the newest JDK 21+ in /usr/lib/jvm or of the JVM running the tests (as jobs/precis.sh picks). */
    private static int newestJava() throws IOException {
        int newest = Runtime.version().feature();
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
                for (Path jdk : jdks.toList()) {
                    Path release = jdk.resolve("release");
                    if (Files.isExecutable(jdk.resolve("bin/java")) && Files.isRegularFile(release)) {
                        for (String line : Files.readAllLines(release)) {
                            if (line.startsWith("JAVA_VERSION=\"")) {
                                int major = Integer.parseInt(line.substring(14).split("[^0-9]")[0]);
                                if (major >= 21) {
                                    newest = Math.max(newest, major);
                                }
                            }
                        }
                    }
                }
            }
        }
        return newest;
    }
}
