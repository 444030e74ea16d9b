package dev.precis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Java jobs/precis.sh runs: the newest JDK 21+ among JAVA_HOME and the JDK folder
 * (PRECIS_JDK_DIRS, /usr/lib/jvm by default), JAVA_HOME first on a tie, else JAVA_HOME's java;
 * PRECIS_JAVA decides alone. Each made-up JDK here is a release file and a java that writes down
 * that it ran.
 */
class JavaChoiceIT {

    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void theNewestJdkFromTwentyOneOnIsChosen() throws Exception {
        Path jdks = Files.createDirectories(home.resolve("jvm"));
        jdk(jdks.resolve("jdk-17"), "17.0.15");
        jdk(jdks.resolve("jdk-21"), "21.0.8");
        jdk(jdks.resolve("jdk-23"), "23");
        assertThat(launch(jdks, jdk(home.resolve("home-22"), "22.0.1"), null)).isEqualTo("jdk-23");
    }

    @Test
    void javaHomeWinsATieAndAnOlderJavaHomeIsUsedWhenNothingNewerIsThere() throws Exception {
        Path jdks = Files.createDirectories(home.resolve("jvm"));
        jdk(jdks.resolve("jdk-22"), "22.0.2");
        assertThat(launch(jdks, jdk(home.resolve("home-22"), "22.0.1"), null)).isEqualTo("home-22");

        Path old = Files.createDirectories(home.resolve("old"));
        jdk(old.resolve("jdk-11"), "11.0.2");
        assertThat(launch(old, jdk(home.resolve("home-17"), "17.0.15"), null)).isEqualTo("home-17");
    }

    @Test
    void precisJavaDecidesAlone() throws Exception {
        Path jdks = Files.createDirectories(home.resolve("jvm"));
        jdk(jdks.resolve("jdk-25"), "25.0.3");
        Path chosen = jdk(home.resolve("pinned"), "17.0.15");
        assertThat(launch(jdks, null, chosen.resolve("bin/java"))).isEqualTo("pinned");
    }

    @Test
    void springsAotStartIsAskedForOnlyWhenTheJarHasItAndTheRoleIsStandalone() throws Exception {
        Path jdks = Files.createDirectories(home.resolve("jvm"));
        jdk(jdks.resolve("jdk-25"), "25.0.3");
        String processed = "... dev/precis/PrecisApplication__ApplicationContextInitializer.class ...";
        assertThat(arguments(jdks, processed)).contains("-Dspring.aot.enabled=true");
        assertThat(arguments(jdks, processed, "--precis.role=standalone")).contains("-Dspring.aot.enabled=true");
        // the build-time bean definitions are the standalone role's
        assertThat(arguments(jdks, processed, "--precis.role=worker")).doesNotContain("spring.aot");
        assertThat(arguments(jdks, processed, "--precis.role=manager")).doesNotContain("spring.aot");
        // a jar built without them
        assertThat(arguments(jdks, "a plain jar")).doesNotContain("spring.aot");
    }

    @Test
    void theFolderSizeChoiceReadsTheInputTheJobWillRead() throws Exception {
        Path jdks = Files.createDirectories(home.resolve("jvm"));
        jdk(jdks.resolve("jdk-25"), "25.0.3");
        folder("big", 3);
        folder("small", 1);
        Files.createDirectories(home.resolve("config"));
        // the documented set-up: the folders in config/application.properties, in either syntax
        Files.writeString(home.resolve("config/application.properties"), "# folders\nprecis.input = big\nprecis.output: out\n");
        String large = "-XX:FreqInlineSize=50";
        String small = "-XX:TieredStopAtLevel=1";
        assertThat(jvmOptions(jdks, List.of())).contains(large);
        // the command line wins over the file, the environment (Spring Boot's PRECIS_INPUT) too
        assertThat(jvmOptions(jdks, List.of(), "--precis.input=small")).contains(small);
        assertThat(jvmOptions(jdks, List.of("PRECIS_INPUT=small"))).contains(small);
        assertThat(jvmOptions(jdks, List.of("PRECIS_INPUT=small"), "--precis.input=big")).contains(large);
        // a later line wins, as in java.util.Properties; without any setting the default folder, input/
        Files.writeString(home.resolve("config/application.properties"), "precis.input=big\nprecis.input=small\n");
        assertThat(jvmOptions(jdks, List.of())).contains(small);
        Files.delete(home.resolve("config/application.properties"));
        folder("input", 1);
        assertThat(jvmOptions(jdks, List.of())).contains(small);
    }

    @Test
    void aFailedRunNamesTheScriptsThatExistAndTheRoleThatResumesIt() throws Exception {
        Path jdks = Files.createDirectories(home.resolve("jvm"));
        jdk(jdks.resolve("jdk-25"), "25.0.3");
        Files.writeString(home.resolve("exit-code"), "1");
        // PRECIS_HOME is a folder of its own: the scripts are the ones beside jobs/precis.sh, and the hint
        // sets PRECIS_HOME (and PRECIS_JAR) for them
        String hint = " " + REPO.resolve("jobs").toRealPath().resolve("rerun-failed.sh");
        String env = "PRECIS_HOME=" + home.toRealPath() + " PRECIS_JAR=" + home.resolve("precis.jar");
        assertThat(run(jdks, List.of(), 1, "--precis.role=manager")).contains("resume with: " + env + hint + " --precis.role=manager\n");
        assertThat(run(jdks, List.of(), 1)).contains("resume with: " + env + hint + "\n");
        // the role set in the configuration counts as well
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/application.properties"), "precis.role=manager\n");
        assertThat(run(jdks, List.of(), 1)).contains(hint + " --precis.role=manager\n");
        // a usage error ran nothing: nothing to resume
        Files.writeString(home.resolve("exit-code"), "2");
        assertThat(run(jdks, List.of(), 2)).contains("nothing ran").doesNotContain("rerun-failed");
    }

    private void folder(String name, int files) throws IOException {
        Files.createDirectories(home.resolve(name));
        for (int i = 0; i < files; i++) {
            Files.writeString(home.resolve(name).resolve(i + ".txt"), "text");
        }
    }

    /** The JVM options the launcher chose (from its log line), with the small-folder limit at 3 files. */
    private String jvmOptions(Path jdkDirs, List<String> environment, String... args) throws Exception {
        List<String> env = new ArrayList<>(environment);
        env.add("PRECIS_SMALL_RUN_FILES=3");
        run(jdkDirs, env, 0, args);
        try (var logs = Files.list(home.resolve("jobs/logs"))) {
            String log = Files.readString(logs.findFirst().orElseThrow());
            String last = log.substring(log.lastIndexOf("JVM options"));
            return last.substring(0, last.indexOf(')'));
        }
    }

    /** A made-up JDK: its release file and a java that writes its JDK's name to ran.txt and its arguments to args.txt. */
    private Path jdk(Path dir, String version) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = dir.resolve("bin/java");
        // ... and exits with the code in exit-code, 0 without it
        Files.writeString(java, "#!/bin/sh\necho " + dir.getFileName() + " >>\"" + home.resolve("ran.txt") + "\"\n"
                + "echo \"$@\" >\"" + home.resolve("args.txt") + "\"\n"
                + "exit $(cat \"" + home.resolve("exit-code") + "\" 2>/dev/null || echo 0)\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    /** Runs the launcher (no start-up cache) and returns the name of the JDK whose java it ran. */
    private String launch(Path jdkDirs, Path javaHome, Path precisJava) throws Exception {
        run(jdkDirs, javaHome, precisJava, "not run");
        return Files.readString(home.resolve("ran.txt")).strip();
    }

    /** The arguments the launcher gave java for a jar holding {@code jarText}. */
    private String arguments(Path jdkDirs, String jarText, String... args) throws Exception {
        run(jdkDirs, null, null, jarText, args);
        return Files.readString(home.resolve("args.txt")).strip();
    }

    private void run(Path jdkDirs, Path javaHome, Path precisJava, String jarText, String... args) throws Exception {
        List<String> environment = new ArrayList<>();
        if (javaHome != null) {
            environment.add("JAVA_HOME=" + javaHome);
        }
        if (precisJava != null) {
            environment.add("PRECIS_JAVA=" + precisJava);
        }
        Files.writeString(home.resolve("precis.jar"), jarText);
        run(jdkDirs, environment, 0, args);
    }

    /** Runs the launcher on home/precis.jar, checks its exit code and returns what it printed. */
    private String run(Path jdkDirs, List<String> environment, int exitCode, String... args) throws Exception {
        Files.deleteIfExists(home.resolve("ran.txt"));
        Path jar = home.resolve("precis.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "a plain jar");
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home,
                "PRECIS_HOME=" + home, "PRECIS_JAR=" + jar, "PRECIS_CDS=0", "PRECIS_JDK_DIRS=" + jdkDirs));
        command.addAll(environment);
        command.add(REPO.resolve("jobs/precis.sh").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(exitCode);
        return out;
    }
}
