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

    /** A made-up JDK: its release file and a java that writes its JDK's name to ran.txt and its arguments to args.txt. */
    private Path jdk(Path dir, String version) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = dir.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho " + dir.getFileName() + " >>\"" + home.resolve("ran.txt") + "\"\n"
                + "echo \"$@\" >\"" + home.resolve("args.txt") + "\"\n");
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
        Files.deleteIfExists(home.resolve("ran.txt"));
        Path jar = Files.writeString(home.resolve("precis.jar"), jarText);
        List<String> command = new ArrayList<>(List.of("/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home,
                "PRECIS_HOME=" + home, "PRECIS_JAR=" + jar, "PRECIS_CDS=0", "PRECIS_JDK_DIRS=" + jdkDirs));
        if (javaHome != null) {
            command.add("JAVA_HOME=" + javaHome);
        }
        if (precisJava != null) {
            command.add("PRECIS_JAVA=" + precisJava);
        }
        command.add(REPO.resolve("jobs/precis.sh").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
