package dev.precis.batch.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.precis.batch.PrecisJob;
import dev.precis.batch.manifest.ManifestTable;
import dev.precis.batch.store.LeaseTable;
import dev.precis.batch.store.ResultTable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Watches the manager's partitions while Spring Batch polls the job database for their end. A worker
 * that dies (kill -9, a lost machine) cannot record that its partition failed: the partition would
 * stay STARTED and the manager would wait for ever. So a running partition whose step execution and
 * whose worker's heartbeat have both stood still for {@code precis.scale-out.worker-timeout} is marked
 * FAILED here, as Spring Batch's own recovery of a killed run does; the manager step then ends FAILED
 * once the other partitions finish, and a restart reruns only the unfinished partitions, each from
 * its last committed chunk. Progress is timed by this process's clock only (changes it observes), so
 * clocks that differ between machines cannot fail a live worker. Also logs the step's progress.
 */
public class PartitionWatchdog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionWatchdog.class);
    private static final long PROGRESS_LOG_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long IDLE_WARNING_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final ManifestTable manifest;
    private final ResultTable results;
    private final LeaseTable leases;
    private final JobRepository repository;
    private final ScaleOutProperties settings;
    private volatile ScheduledExecutorService timer;
    private volatile Watch watch;

    public PartitionWatchdog(ManifestTable manifest, ResultTable results, LeaseTable leases, JobRepository repository, ScaleOutProperties settings) {
        this.manifest = manifest;
        this.results = results;
        this.leases = leases;
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public void beforeStep(StepExecution manager) {
        long instanceId = manager.getJobExecution().getJobInstance().getInstanceId();
        watch = new Watch(manager.getJobExecutionId(), manifest.manifestSize(instanceId),
                (int) results.summary(instanceId).files(), System.nanoTime());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "precis-watchdog");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, settings.pollInterval().toMillis());
        timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> failures = new ArrayList<>();
        for (LeaseTable.Partition p : leases.partitions(manager.getJobExecutionId(), PrecisJob.SLICE_STEP)) {
            leases.releasePartition(p.stepExecutionId());
            if (!p.status().equals(BatchStatus.COMPLETED.name())) {
                StepExecution partition = repository.getStepExecution(p.stepExecutionId());
                String why = partition == null ? "" : firstLine(partition.getExitStatus().getExitDescription());
                failures.add(p.stepName() + " " + p.status() + (why.isEmpty() ? "" : " (" + why + ")"));
            }
        }
        if (!failures.isEmpty()) {
            // What RunSummaryListener reports as the run's cause: which partitions, and why.
            manager.addFailureException(new IllegalStateException(failures.size() + " partition(s) did not complete: "
                    + String.join("; ", failures.subList(0, Math.min(5, failures.size())))
                    + (failures.size() > 5 ? "; …" : "")));
        }
        return null;
    }

    private void check() {
        try {
            watch.check(leases.partitions(watch.jobExecutionId, PrecisJob.SLICE_STEP), System.nanoTime());
        } catch (RuntimeException e) {
            log.warn("Could not check the partitions (will try again): {}", e.toString());
        }
    }

    /** What the watchdog has seen of one manager step execution. */
    private final class Watch {
        final long jobExecutionId;
        final int total;
        final int doneBefore;
        final Map<Long, String> lastState = new HashMap<>();
        final Map<Long, Long> lastChange = new HashMap<>();
        long lastLog;
        long lastCheck;
        /** Time some partition was running: the rate leaves out time partitions only waited for a worker. */
        long busyNanos;
        long lastAnyChange;
        String lastSignature = "";

        Watch(long jobExecutionId, int total, int doneBefore, long now) {
            this.jobExecutionId = jobExecutionId;
            this.total = total;
            this.doneBefore = doneBefore;
            this.lastLog = now;
            this.lastCheck = now;
            this.lastAnyChange = now;
        }

        void check(List<LeaseTable.Partition> partitions, long now) {
            long timeout = settings.workerTimeout().toNanos();
            int done = 0;
            int running = 0;
            int queued = 0;
            long written = 0;
            TreeSet<String> workers = new TreeSet<>();
            StringBuilder signature = new StringBuilder();
            for (LeaseTable.Partition p : partitions) {
                signature.append(p.status()).append(p.version()).append(p.worker()).append(p.beats()).append(';');
                written += p.written();
                BatchStatus status = BatchStatus.valueOf(p.status());
                boolean claimed = p.worker() != null;
                if (!status.isRunning()) {
                    done++;
                    continue;
                }
                if (status == BatchStatus.STARTING && !claimed) {
                    queued++; // waits in the broker for a free worker: no timeout
                    continue;
                }
                running++;
                if (claimed) {
                    workers.add(p.worker());
                }
                String state = p.status() + "/" + p.version() + "/" + p.beats();
                if (!state.equals(lastState.put(p.stepExecutionId(), state))) {
                    lastChange.put(p.stepExecutionId(), now);
                } else if (now - lastChange.get(p.stepExecutionId()) > timeout) {
                    fail(p, Duration.ofNanos(now - lastChange.get(p.stepExecutionId())));
                }
            }
            if (running > 0) {
                busyNanos += now - lastCheck;
            }
            lastCheck = now;
            if (now - lastLog >= PROGRESS_LOG_NANOS) {
                lastLog = now;
                int files = (int) Math.min(total, doneBefore + written);
                double seconds = Math.max(1e-9, busyNanos / 1e9);
                log.info(String.format(Locale.ROOT, "Progress: %d/%d files (%.0f%%), %.0f files/s while workers ran; partitions: %d done,"
                        + " %d running, %d waiting for a worker; workers: %s", files, total, total == 0 ? 100.0 : 100.0 * files / total,
                        written / seconds, done, running, queued, workers.isEmpty() ? "none" : String.join(", ", workers)));
            }
            if (!signature.toString().equals(lastSignature)) {
                lastSignature = signature.toString();
                lastAnyChange = now;
            }
            if (queued > 0 && running == 0 && now - lastAnyChange > IDLE_WARNING_NANOS) {
                lastAnyChange = now;
                log.warn("{} partition(s) have waited a minute and no worker has taken one: is a worker"
                        + " (precis.role=worker) running and connected to the broker and to this job database?", queued);
            }
        }

        private void fail(LeaseTable.Partition p, Duration silent) {
            StepExecution partition = repository.getStepExecution(p.stepExecutionId());
            if (partition == null || !partition.getStatus().isRunning()) {
                return;
            }
            String reason = "worker " + (p.worker() == null ? "(unknown)" : p.worker()) + " stopped: no commit and no heartbeat for "
                    + silent.toSeconds() + " s (precis.scale-out.worker-timeout=" + settings.workerTimeout().toSeconds() + "s)";
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
            partition.setEndTime(LocalDateTime.now());
            try {
                // Versioned: a worker that is alive after all cannot commit another chunk of this partition.
                repository.update(partition);
            } catch (OptimisticLockingFailureException e) {
                return; // it just committed a chunk: alive
            }
            leases.releasePartition(p.stepExecutionId());
            log.error("Partition {} failed: {}. The other partitions go on; restart the run to redo this one from its"
                    + " last committed chunk.", p.stepName(), reason);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
