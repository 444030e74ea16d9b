package dev.precis.batch;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs progress after committed chunks: files done / total, rate and ETA. At most one line a
 * second (plus the last), so a 100,000-file night stays readable.
 */
public class ProgressListener implements ChunkListener<ManifestEntry, FileOutcome>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrecisStore store;
    private long instanceId;
    private int total;
    private int done;
    private int doneAtStart;
    private long startNanos;
    private long lastLogNanos;

    public ProgressListener(PrecisStore store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        instanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        total = store.manifestSize(instanceId);
        done = (int) Math.min(total, store.summary(instanceId).files());
        doneAtStart = done;
        startNanos = System.nanoTime();
        lastLogNanos = startNanos;
        if (done > 0) {
            log.info("Resuming: {} of {} files already done", done, total);
        }
    }

    @Override
    public void afterChunk(Chunk<FileOutcome> chunk) {
        done += chunk.size();
        long now = System.nanoTime();
        if (now - lastLogNanos >= INTERVAL_NANOS || done >= total) {
            lastLogNanos = now;
            log.info(line(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return stepExecution.getExitStatus();
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = (done - doneAtStart) / seconds;
        long etaSeconds = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format(Locale.ROOT, "Progress: %d/%d files (%.0f%%), %.0f files/s, ETA %s",
                done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, format(Duration.ofSeconds(etaSeconds)));
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
