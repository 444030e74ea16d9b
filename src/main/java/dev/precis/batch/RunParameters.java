package dev.precis.batch;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identity of one run: the night it belongs to, the folders, and a sequence number for
 * explicit extra runs on the same night. All identifying: a restart reuses them exactly, so it
 * reads the same input and writes the same output as the attempt it resumes.
 */
public record RunParameters(String runDate, Path input, Path output, long seq) {

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString("runDate", runDate)
                .addString("input", input.toString())
                .addString("output", output.toString())
                .addLong("seq", seq)
                .toJobParameters();
    }

    public static RunParameters of(JobParameters params) {
        return new RunParameters(params.getString("runDate"), Path.of(params.getString("input")),
                Path.of(params.getString("output")), params.getLong("seq"));
    }

    /** e.g. "2026-11-25 #1". */
    public String label() {
        return runDate + " #" + seq;
    }

    public Path report() {
        return output.resolve("reports").resolve("precis-" + runDate + "-" + seq + ".csv");
    }
}
