package dev.precis.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything the run page and the JSON summary show about one run (a job instance, across its
 * restarts). Built once, rendered twice: {@link HtmlReport} for people, {@link JsonReport} for machines.
 *
 * @param run          identity, outcome and timing of the run
 * @param steps        the job's steps, each summed over the run's attempts
 * @param settings     the settings that shape summaries, by property name, in display order
 * @param versions     component versions, by name
 * @param rows         what the report rows add up to: reasons, distributions, the sample of summaries
 * @param history      the last runs of the same input folder, oldest first, this run included
 */
public record RunReport(Run run, List<StepTime> steps, Map<String, String> settings, Map<String, String> versions,
        RunReportCollector.Result rows, List<HistoryRun> history) {

    public RunSummary counts() {
        return rows.counts();
    }

    /** The version of the JSON layout; bumped only when a field changes meaning or goes away. */
    public static final int SCHEMA = 1;

    /**
     * @param runDate     the night ({@code YYYY-MM-DD})
     * @param seq         the run's number that night
     * @param instanceId  Spring Batch's job instance
     * @param executionId the latest execution (attempt)
     * @param attempts    executions so far (1 + restarts)
     * @param status      COMPLETED, FAILED, STOPPED, STARTED, ...
     * @param exitCode    the process exit code this state gives, or null while it is running
     * @param exitMeaning what the exit code means, in words
     * @param started     start of the first attempt
     * @param finished    end of the last attempt (for a completed run: when its report was written), or null
     * @param millis      time spent running, all attempts added up
     * @param input       the input folder
     * @param output      the output folder
     * @param reportName  the report's file name without extension ({@code precis-<date>-<n>})
     */
    public record Run(String runDate, long seq, long instanceId, long executionId, int attempts, String status,
            Integer exitCode, String exitMeaning, LocalDateTime started, LocalDateTime finished, long millis,
            String input, String output, String reportName) {

        public String label() {
            return runDate + " #" + seq;
        }
    }

    /** One step of the job, its time added up over the attempts that ran it. */
    public record StepTime(String name, String status, long millis, int attempts) {
    }

    /** One earlier (or this) run of the same input folder, for the history chart. */
    public record HistoryRun(String runDate, long seq, long instanceId, String status, long files, long summarized,
            long failed, long millis) {

        public String label() {
            return runDate + " #" + seq;
        }
    }
}
