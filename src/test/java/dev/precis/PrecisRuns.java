package dev.precis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Runs the real application (the same entry point as {@code java -jar precis.jar}) on temporary
 * folders and reads back what it wrote.
 */
public final class PrecisRuns {

    private final Path input;
    private final Path output;
    private final Path jobDb;

    public PrecisRuns(Path root) throws IOException {
        this.input = Files.createDirectories(root.resolve("input"));
        this.output = root.resolve("output");
        this.jobDb = root.resolve("jobs").resolve("precis");
    }

    public Path input() {
        return input;
    }

    public Path output() {
        return output;
    }

    /** Runs the application with the folders set, plus {@code args}; returns the exit code. */
    public int run(String... args) {
        return run(new Class<?>[0], args);
    }

    public int run(Class<?>[] extraSources, String... args) {
        List<String> all = new ArrayList<>(List.of("--precis.input=" + input, "--precis.output=" + output,
                "--precis.job-db=" + jobDb));
        if (Stream.of(args).noneMatch(a -> a.startsWith("--precis.run-date="))) {
            all.add("--precis.run-date=2026-01-01");
        }
        all.addAll(List.of(args));
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = PrecisApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return SpringApplication.exit(new SpringApplicationBuilder(sources).run(all.toArray(String[]::new)));
    }

    /** The report rows by path, parsed back with a strict CSV parser. */
    public Map<String, CSVRecord> report(String runDate, int seq) throws IOException {
        Path file = output.resolve("reports").resolve("precis-" + runDate + "-" + seq + ".csv");
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (rows.put(r.get("path"), r) != null) {
                    throw new AssertionError("path reported twice: " + r.get("path"));
                }
            }
        }
        return rows;
    }

    /** Every file under the output's summaries folder, relative path → content. */
    public Map<String, String> summaries() throws IOException {
        return files(output.resolve("summaries"));
    }

    /** Every file under {@code dir} (none when it does not exist), relative path → content, in path order. */
    public static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                all.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return all;
    }

    /**
     * The command that runs the packaged jar (target/precis.jar, made by {@code package}) with this
     * test's Java on {@code input}, writing {@code output} and the job database {@code jobDb}.
     */
    public static List<String> packagedJob(List<String> jvmOptions, Path input, Path output, Path jobDb, String runDate,
            String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of("target/precis.jar").toAbsolutePath().toString(), "--precis.input=" + input,
                "--precis.output=" + output, "--precis.job-db=" + jobDb, "--precis.run-date=" + runDate));
        command.addAll(List.of(args));
        return command;
    }

    /** The shared evaluation articles (CNN/DailyMail dev split), which CI has beside the repo. */
    public static Path devArticles() {
        Path dir = Path.of("../shared/eval/summaries/dev");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("expected the evaluation data at " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static Path seed() {
        return Path.of("../shared/samples/000_ecef01a8d0ddbcac.txt");
    }
}
