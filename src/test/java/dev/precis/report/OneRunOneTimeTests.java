package dev.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;

import net.minidev.json.JSONObject;
import net.minidev.json.JSONValue;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One run, one finish and one time running (issue 26): the JSON's {@code finished} and
 * {@code duration_ms}, the page's "Time running", the log's end line, the job database (what the next
 * night's history and {@code status} read) and {@code status} itself agree: to the millisecond where
 * they hold milliseconds, else to the tenth of a second they show. And the CSV is in path order,
 * deleted files included.
 */
@ExtendWith(OutputCaptureExtension.class)
class OneRunOneTimeTests {

    private static final Pattern END_LINE = Pattern.compile("Precis run (\\S+) #1 COMPLETED: .* in (\\d+\\.\\d) s\\. Report");

    @TempDir
    Path tmp;

    @Test
    void theJsonThePageTheLogTheHistoryAndStatusShowOneFinishAndOneDuration(CapturedOutput output) throws Exception {
        PrecisRuns runs = new PrecisRuns(tmp);
        List<Path> dev;
        try (Stream<Path> files = Files.list(PrecisRuns.devArticles())) {
            dev = files.sorted().limit(5).toList();
        }
        for (int i = 0; i < dev.size(); i++) {
            Files.copy(dev.get(i), runs.input().resolve((char) ('a' + i) + ".txt"));
        }
        assertThat(runs.run("--precis.run-date=2026-01-01")).isEqualTo(PrecisCommandLine.OK);
        Files.delete(runs.input().resolve("b.txt"));
        assertThat(runs.run("--precis.run-date=2026-01-02")).isEqualTo(PrecisCommandLine.OK);

        for (String night : List.of("2026-01-01", "2026-01-02")) {
            JSONObject run = (JSONObject) ((JSONObject) JSONValue.parse(
                    Files.readString(runs.output().resolve("reports/precis-" + night + "-1.json")))).get("run");
            long millis = ((Number) run.get("duration_ms")).longValue();
            LocalDateTime started = OffsetDateTime.parse((String) run.get("started")).toLocalDateTime();
            LocalDateTime finished = OffsetDateTime.parse((String) run.get("finished")).toLocalDateTime();
            String shown = String.format(Locale.ROOT, "%.1f", millis / 1000.0);

            // The job database: the execution's end is the JSON's finish, to the millisecond, and its
            // time running (what the history of later nights counts) is the JSON's.
            long executionId = ((Number) run.get("job_execution_id")).longValue();
            try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("jobs/precis").toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE");
                    ResultSet rs = db.createStatement().executeQuery(
                            "SELECT START_TIME, END_TIME FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = " + executionId)) {
                assertThat(rs.next()).isTrue();
                LocalDateTime dbStart = rs.getTimestamp(1).toLocalDateTime();
                LocalDateTime dbEnd = rs.getTimestamp(2).toLocalDateTime();
                assertThat(dbEnd).as(night + ": the job's end is the JSON's finish").isEqualTo(finished);
                assertThat(Duration.between(dbStart, dbEnd).toMillis()).as(night + ": time running in the job database")
                        .isEqualTo(millis);
                assertThat(Duration.between(started, finished).toMillis()).as(night + ": JSON finished - started")
                        .isBetween(millis, millis + 1); // started is shown truncated to the millisecond
            }

            // The page: "Time running".
            Document page = Jsoup.parse(runs.output().resolve("reports/precis-" + night + "-1.html").toFile());
            assertThat(page.select("dt:containsOwn(Time running) + dd").text()).isEqualTo(Format.duration(millis));
            assertThat(page.select("dt:containsOwn(Finished) + dd").text()).isEqualTo(Format.time(finished));

            // The log's end line.
            Matcher end = END_LINE.matcher(output.getAll());
            String logged = null;
            while (end.find()) {
                if (end.group(1).equals(night)) {
                    logged = end.group(2);
                }
            }
            assertThat(logged).as(night + ": the log's end line").isEqualTo(shown);
        }

        // The next night's history: night 1's time, as the page of night 2 shows it.
        JSONObject first = (JSONObject) ((JSONObject) JSONValue.parse(
                Files.readString(runs.output().resolve("reports/precis-2026-01-01-1.json")))).get("run");
        long firstMillis = ((Number) first.get("duration_ms")).longValue();
        Document second = Jsoup.parse(runs.output().resolve("reports/precis-2026-01-02-1.html").toFile());
        assertThat(second.select("#history tr:has(td:containsOwn(2026-01-01 #1)) td:last-child").text())
                .isEqualTo(Format.duration(firstMillis));

        // status: each execution's duration, to the tenth.
        String table = stdout(runs, "--precis.command=status");
        assertThat(table).containsPattern("(?m)^1 +2026-01-01 #1 .* COMPLETED +" + Pattern.quote(status(firstMillis)) + " ");

        // The CSV: path order, the deleted b.txt in its place.
        Map<String, CSVRecord> csv = runs.report("2026-01-02", 1);
        assertThat(csv.keySet()).containsExactly("a.txt", "b.txt", "c.txt", "d.txt", "e.txt");
        assertThat(csv.get("b.txt").get("status")).isEqualTo("DELETED");
    }

    @Test
    void aRunKilledAfterItsReportEndsItsRestartAfterTheRestartStartsAndCountsNoTimeItLayDead() throws Exception {
        PrecisRuns runs = new PrecisRuns(tmp);
        try (Stream<Path> files = Files.list(PrecisRuns.devArticles())) {
            for (Path f : files.sorted().limit(3).toList()) {
                Files.copy(f, runs.input().resolve(f.getFileName()));
            }
        }
        assertThat(runs.run("--precis.run-date=2026-01-01")).isEqualTo(PrecisCommandLine.OK);
        String url = "jdbc:h2:file:" + tmp.resolve("jobs/precis").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        LocalDateTime lastUpdate;
        // What kill -9 after the report step committed leaves: the job still STARTED, with no end.
        try (Connection db = DriverManager.getConnection(url)) {
            db.createStatement().executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN',"
                    + " END_TIME = NULL WHERE JOB_EXECUTION_ID = 1");
            try (ResultSet rs = db.createStatement().executeQuery(
                    "SELECT (SELECT MAX(COALESCE(END_TIME, LAST_UPDATED)) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = 1),"
                    + " LAST_UPDATED FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = 1")) {
                assertThat(rs.next()).isTrue();
                LocalDateTime steps = rs.getTimestamp(1).toLocalDateTime();
                LocalDateTime job = rs.getTimestamp(2).toLocalDateTime();
                lastUpdate = job.isAfter(steps) ? job : steps;
            }
        }
        Thread.sleep(1500); // the restart comes well after the kill
        assertThat(runs.run("--precis.command=restart")).isEqualTo(PrecisCommandLine.OK);
        try (Connection db = DriverManager.getConnection(url);
                ResultSet rs = db.createStatement().executeQuery(
                        "SELECT JOB_EXECUTION_ID, START_TIME, END_TIME FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            assertThat(rs.next()).isTrue();
            LocalDateTime killedEnd = rs.getTimestamp(3).toLocalDateTime();
            assertThat(killedEnd).as("the killed attempt ends at its last recorded update, not at the restart")
                    .isEqualTo(lastUpdate);
            assertThat(rs.next()).isTrue();
            LocalDateTime start = rs.getTimestamp(2).toLocalDateTime();
            LocalDateTime end = rs.getTimestamp(3).toLocalDateTime();
            assertThat(end).as("the restart ends after it starts").isAfterOrEqualTo(start);
        }
        assertThat(stdout(runs, "--precis.command=status")).doesNotContain(":-");
    }

    private static String status(long millis) {
        long tenths = Math.round(millis / 100.0);
        return String.format(Locale.ROOT, "%d:%02d:%02d.%d", tenths / 36_000, tenths / 600 % 60, tenths / 10 % 60, tenths % 10);
    }

    private static String stdout(PrecisRuns runs, String... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(runs.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
