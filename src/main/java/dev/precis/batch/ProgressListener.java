package dev.precis.batch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.precis.batch.manifest.ManifestEntry;
import dev.precis.batch.manifest.ManifestTable;
import dev.precis.batch.store.FileOutcome;
import dev.precis.batch.store.ResultTable;
import dev.precis.report.RunSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs progress after committed chunks: files done / total, rate and ETA, at most one line a
 * second (plus the last), so a 100,000-file night stays readable. Listens to the partitioned
 * summarize step (to learn the total) and to its worker slices (to count), from several threads.
 */
public class ProgressListener implements ChunkListener<ManifestEntry, FileOutcome>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final ManifestTable manifest;
    private final ResultTable results;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastLogNanos = new AtomicLong();
    private volatile int total;
    private volatile int doneAtStart;
    private volatile long startNanos;

    public ProgressListener(ManifestTable manifest, ResultTable results) {
        this.manifest = manifest;
        this.results = results;
    }

    /** Called for the manager step only (see the job configuration). */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (!stepExecution.getStepName().equals(PrecisJob.SUMMARIZE_STEP)) {
            return; // a worker slice: the builder registers this listener there too, for its chunks
        }
        long instanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        total = manifest.manifestSize(instanceId);
        RunSummary before = results.summary(instanceId);
        int already = (int) Math.min(total, before.files());
        done.set(already);
        doneAtStart = already;
        startNanos = System.nanoTime();
        lastLogNanos.set(startNanos);
        if (already > before.unchanged()) {
            log.info("Resuming: {} of {} files already done", already, total);
        } else if (already > 0) {
            log.info("{} of {} files unchanged since their last summary: not read again", already, total);
        }
    }

    @Override
    public void afterChunk(Chunk<FileOutcome> chunk) {
        int now = done.addAndGet(chunk.size());
        long t = System.nanoTime();
        long last = lastLogNanos.get();
        if ((t - last >= INTERVAL_NANOS && lastLogNanos.compareAndSet(last, t)) || now == total) {
            log.info(line(now, t));
        }
    }

    private String line(int now, long t) {
        double seconds = Math.max(1e-9, (t - startNanos) / 1e9);
        double rate = (now - doneAtStart) / seconds;
        long etaSeconds = rate > 0 ? Math.round((total - now) / rate) : 0;
        return String.format(Locale.ROOT, "Progress: %d/%d files (%.0f%%), %.0f files/s, ETA %s",
                now, total, total == 0 ? 100.0 : 100.0 * now / total, rate, format(Duration.ofSeconds(etaSeconds)));
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
