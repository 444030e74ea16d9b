package dev.precis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Unreadable input, for real, whoever runs the tests. The job runs as a user that cannot read one file
 * and one sub-folder: as root (CI's container), root reads every file whatever its mode, so the packaged
 * jar runs as the unprivileged user {@code nobody} (util-linux {@code setpriv}) and the two paths belong
 * to root with no access for others; as any other user, the job runs as that user and the two paths
 * are its own with mode 000. Either way the test first checks, as the job's user, that they really are
 * unreadable, and fails (never skips) when that premise cannot be built (no {@code setpriv} or
 * {@code nobody} for root; a user that reads a mode-000 file, e.g. with CAP_DAC_OVERRIDE). Then: each
 * gets a FAILED row with the reason, the job goes on (exit 0), and a file summarized before it became
 * unreadable loses its summary.
 */
class UnreadableInputIT {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path JAR = REPO.resolve("target/precis.jar");
    private static final String USER = "nobody";

    /** Who runs the job, and how a path is made unreadable for it. */
    private interface JobUser {
        List<String> prefix();

        void lockOut(Path p) throws IOException;

        void giveBack(Path p) throws IOException;
    }

    @Test
    void unreadableFilesAndFoldersAreFailedRowsAndTheJobGoesOn() throws Exception {
        assertThat(JAR).as("target/precis.jar: run through `mvn verify` (failsafe, after package)").isRegularFile();
        String uid = output(new ProcessBuilder("id", "-u")).strip();
        boolean root = uid.equals("0");

        // Not JUnit's @TempDir: as root that is private to root, and the job's user must reach the jar and folders.
        JobUser user = root ? nobody() : self();
        Path home = Files.createTempDirectory("precis-unreadable");
        try {
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path jar = Files.copy(JAR, home.resolve("precis.jar"));
            Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
            Path input = Files.createDirectories(home.resolve("input"));
            List<Path> articles;
            try (Stream<Path> dev = Files.list(REPO.resolve("../shared/eval/summaries/dev"))) {
                articles = dev.sorted().limit(4).toList();
            }
            Files.copy(articles.get(0), input.resolve("a.txt"));
            Files.copy(articles.get(1), input.resolve("b.txt"));
            Files.copy(articles.get(2), input.resolve("secret.txt"));
            Files.createDirectories(input.resolve("locked"));
            Files.copy(articles.get(3), input.resolve("locked/inside.txt"));
            Files.createDirectories(home.resolve("output"));
            Files.createDirectories(home.resolve("jobs"));
            if (root) {
                String group = output(new ProcessBuilder("id", "-gn", USER)).strip();
                giveTo(home.resolve("input"), USER, group);
                giveTo(home.resolve("output"), USER, group);
                giveTo(home.resolve("jobs"), USER, group);
            }
            user.lockOut(input.resolve("locked"));

            assertThat(runAs(user, home, "2026-04-01")).as("night 1 exit code").isZero();
            assertThat(status(report(home, "2026-04-01"), "secret.txt")).isEqualTo("SUMMARIZED: ");
            assertThat(home.resolve("output/summaries/secret.txt.summary.txt")).exists();

            user.lockOut(input.resolve("secret.txt"));
            // The premise, checked as the job's user: if it does not hold, the test fails here.
            assertThat(exitCodeAs(user, "cat", input.resolve("secret.txt").toString()))
                    .as("premise: secret.txt must be unreadable for the job's user (uid " + uid + ")").isNotZero();
            assertThat(exitCodeAs(user, "ls", input.resolve("locked").toString()))
                    .as("premise: locked/ must be unreadable for the job's user (uid " + uid + ")").isNotZero();
            assertThat(exitCodeAs(user, "cat", input.resolve("a.txt").toString())).as("a.txt readable by the job's user").isZero();

            assertThat(runAs(user, home, "2026-04-02")).as("night 2 exit code").isZero();

            Map<String, CSVRecord> night = report(home, "2026-04-02");
            assertThat(night.keySet()).containsExactly("a.txt", "b.txt", "locked", "secret.txt");
            assertThat(status(night, "secret.txt"))
                    .isEqualTo("FAILED: unreadable: permission denied; its summary from an earlier run was removed");
            assertThat(status(night, "locked")).isEqualTo("FAILED: unreadable: permission denied");
            assertThat(status(night, "a.txt")).isEqualTo("SKIPPED: unchanged since its last summary");
            assertThat(home.resolve("output/summaries/secret.txt.summary.txt")).doesNotExist();
            assertThat(home.resolve("output/summaries/a.txt.summary.txt")).exists();
        } finally {
            user.giveBack(home.resolve("input/locked"));
            user.giveBack(home.resolve("input/secret.txt"));
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** As root: the job runs as {@code nobody}; a locked-out path is root's, for root only. */
    private static JobUser nobody() throws Exception {
        assertThat(exitCode(new ProcessBuilder("sh", "-c", "command -v setpriv"))).as("premise: setpriv (util-linux) to run the job as "
                + USER).isZero();
        assertThat(exitCode(new ProcessBuilder("id", USER))).as("premise: a user named " + USER).isZero();
        String group = output(new ProcessBuilder("id", "-gn", USER)).strip();
        return new JobUser() {
            @Override
            public List<String> prefix() {
                return List.of("setpriv", "--reuid=" + USER, "--regid=" + group, "--clear-groups");
            }

            @Override
            public void lockOut(Path p) throws IOException {
                takeBack(p, Files.isDirectory(p) ? "rwx------" : "rw-------");
            }

            @Override
            public void giveBack(Path p) {
                // root deletes whatever the mode
            }
        };
    }

    /** As any other user: the job runs as that user; a locked-out path is its own, with mode 000. */
    private static JobUser self() {
        return new JobUser() {
            @Override
            public List<String> prefix() {
                return List.of();
            }

            @Override
            public void lockOut(Path p) throws IOException {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
            }

            @Override
            public void giveBack(Path p) throws IOException {
                if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
                }
            }
        };
    }

    /** Runs the packaged jar as the job's user on {@code home}'s folders; returns its exit code. */
    private static int runAs(JobUser user, Path home, String runDate) throws Exception {
        List<String> command = new ArrayList<>(user.prefix());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-XX:-UsePerfData",
                "-jar", home.resolve("precis.jar").toString(),
                "--precis.input=" + home.resolve("input"), "--precis.output=" + home.resolve("output"),
                "--precis.job-db=" + home.resolve("jobs/precis"), "--precis.run-date=" + runDate));
        Path log = home.resolve("run-" + runDate + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the job did not finish in 3 minutes");
        }
        System.out.println(Files.readString(log));
        return p.exitValue();
    }

    private static int exitCodeAs(JobUser user, String... command) throws Exception {
        List<String> all = new ArrayList<>(user.prefix());
        all.addAll(List.of(command));
        return exitCode(new ProcessBuilder(all));
    }

    private static int exitCode(ProcessBuilder pb) throws Exception {
        Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    /** Gives a folder tree to the user (world-readable files, as a checkout would be). */
    private static void giveTo(Path dir, String user, String group) throws IOException {
        UserPrincipalLookupService names = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = names.lookupPrincipalByName(user);
        GroupPrincipal ownerGroup = names.lookupPrincipalByGroupName(group);
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
                view.setOwner(owner);
                view.setGroup(ownerGroup);
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /** Makes a path root's, with the given mode. */
    private static void takeBack(Path p, String mode) throws IOException {
        UserPrincipalLookupService names = p.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        view.setOwner(names.lookupPrincipalByName("root"));
        view.setGroup(names.lookupPrincipalByGroupName("root"));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    }

    private static Map<String, CSVRecord> report(Path home, String runDate) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(home.resolve("output/reports/precis-" + runDate + "-1.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(r.get("path"), r);
            }
        }
        return rows;
    }

    private static String status(Map<String, CSVRecord> report, String path) {
        CSVRecord r = report.get(path);
        assertThat(r).as("report row for " + path).isNotNull();
        return r.get("status") + ": " + r.get("reason");
    }

    private static String output(ProcessBuilder pb) throws Exception {
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
