package dev.precis.scaleout;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of the latest run in a job database went (bench/scaleout.sh): each step's duration,
 * and for the summarize step's partitions how long each waited between its creation by the manager
 * and its start on a worker, how long it ran, and how many files it wrote.
 *
 * <p>{@code PartitionTimes JDBC_URL [USER]}; prints one line per figure, {@code name value}.
 */
public final class PartitionTimes {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : "sa", "")) {
            long execution;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION")) {
                rs.next();
                execution = rs.getLong(1);
            }
            List<Double> wait = new ArrayList<>();
            List<Double> run = new ArrayList<>();
            List<Double> emptyRun = new ArrayList<>();
            long files = 0;
            Timestamp managerStart = null;
            Timestamp lastCreate = null;
            try (PreparedStatement s = c.prepareStatement("SELECT STEP_NAME, CREATE_TIME, START_TIME, END_TIME, WRITE_COUNT"
                    + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID")) {
                s.setLong(1, execution);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        Timestamp created = rs.getTimestamp(2);
                        Timestamp start = rs.getTimestamp(3);
                        Timestamp end = rs.getTimestamp(4);
                        if (!name.contains(":")) {
                            System.out.printf(Locale.ROOT, "step_%s_s %.2f%n", name, seconds(start, end));
                            if (name.equals("summarize")) {
                                managerStart = start;
                            }
                            continue;
                        }
                        if (start == null || end == null) {
                            continue;
                        }
                        lastCreate = lastCreate == null || created.after(lastCreate) ? created : lastCreate;
                        wait.add(seconds(created, start) * 1000);
                        run.add(seconds(start, end) * 1000);
                        if (rs.getLong(5) == 0) {
                            emptyRun.add(seconds(start, end) * 1000);
                        }
                        files += rs.getLong(5);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "partitions %d%nfiles %d%n", run.size(), files);
            if (managerStart != null && lastCreate != null && !run.isEmpty()) {
                System.out.printf(Locale.ROOT, "split_ms_per_partition %.1f%n", seconds(managerStart, lastCreate) * 1000 / run.size());
            }
            print("wait_ms", wait);
            print("run_ms", run);
            print("empty_run_ms", emptyRun);
        }
    }

    private static void print(String name, List<Double> values) {
        if (values.isEmpty()) {
            return;
        }
        Collections.sort(values);
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(Locale.ROOT, "%s_median %.1f%n%s_p90 %.1f%n%s_max %.1f%n%s_mean %.1f%n", name, values.get(values.size() / 2),
                name, values.get((int) Math.min(values.size() - 1, Math.round(values.size() * 0.9))), name,
                values.get(values.size() - 1), name, mean);
    }

    private static double seconds(Timestamp from, Timestamp to) {
        return from == null || to == null ? Double.NaN : (to.getTime() - from.getTime()) / 1000.0;
    }
}
