package dev.precis.batch;

import java.util.Map;

import dev.precis.batch.manifest.ManifestPartitioner;
import dev.precis.batch.manifest.ManifestTable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Gives a summarize slice back its range and reader position when a killed restart lost them.
 * Spring Batch records a restart's slice executions with empty contexts, then fills them in from
 * the slices' last executions; a kill in between leaves a last execution without a range, and every
 * later restart would copy that emptiness (the crash harness found this). Before such a slice opens
 * its reader, its context is taken from its newest execution that has one: only an execution that
 * committed no chunk can lack it, so that context is where the slice really stands. A slice that
 * never had one never committed anything, and gets the range the partitioner gives it.
 */
public class SliceContextRecovery implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SliceContextRecovery.class);
    private static final String GRID_SIZE = "SimpleStepExecutionSplitter.GRID_SIZE";

    private final JobRepository repository;
    private final ManifestTable manifest;
    private final int threads;

    public SliceContextRecovery(JobRepository repository, ManifestTable manifest, int threads) {
        this.repository = repository;
        this.manifest = manifest;
        this.threads = threads;
    }

    @Override
    public void beforeStep(StepExecution slice) {
        ExecutionContext context = slice.getExecutionContext();
        if (context.containsKey(ManifestPartitioner.FIRST)) {
            return;
        }
        StepExecution lastWithRange = null;
        for (JobExecution execution : repository.getJobExecutions(slice.getJobExecution().getJobInstance())) {
            for (StepExecution earlier : execution.getStepExecutions()) {
                if (earlier.getStepName().equals(slice.getStepName()) && earlier.getId() != slice.getId()
                        && earlier.getExecutionContext().containsKey(ManifestPartitioner.FIRST)
                        && (lastWithRange == null || earlier.getId() > lastWithRange.getId())) {
                    lastWithRange = earlier;
                }
            }
        }
        if (lastWithRange != null) {
            for (Map.Entry<String, Object> e : lastWithRange.getExecutionContext().entrySet()) {
                context.put(e.getKey(), e.getValue());
            }
            log.warn("Slice {} had lost its position (a restart was interrupted); resuming it from execution {}",
                    slice.getStepName(), lastWithRange.getId());
            return;
        }
        String name = slice.getStepName().substring(slice.getStepName().indexOf(':') + 1);
        long instanceId = slice.getJobExecution().getJobInstance().getInstanceId();
        ExecutionContext range = new ManifestPartitioner(manifest.manifestSize(instanceId)).partition(gridSize(slice)).get(name);
        if (range != null) {
            context.put(ManifestPartitioner.FIRST, range.get(ManifestPartitioner.FIRST));
            context.put(ManifestPartitioner.LAST, range.get(ManifestPartitioner.LAST));
            log.warn("Slice {} had lost its range (a run was interrupted before it started); starting it afresh", slice.getStepName());
        }
    }

    /**
     * The grid the manager step split this execution with, as Spring Batch keeps it in the manager's
     * context: in memory in a standalone run, in the job database on a remote worker (which loads
     * only its own step execution). The same grid gives the same ranges.
     */
    private int gridSize(StepExecution slice) {
        for (StepExecution step : slice.getJobExecution().getStepExecutions()) {
            if (step.getStepName().equals(PrecisJob.SUMMARIZE_STEP) && step.getExecutionContext().containsKey(GRID_SIZE)) {
                return (int) step.getExecutionContext().getLong(GRID_SIZE);
            }
        }
        StepExecution manager = repository.getLastStepExecution(slice.getJobExecution().getJobInstance(),
                PrecisJob.SUMMARIZE_STEP);
        if (manager != null && manager.getExecutionContext().containsKey(GRID_SIZE)) {
            return (int) manager.getExecutionContext().getLong(GRID_SIZE);
        }
        return threads;
    }
}
