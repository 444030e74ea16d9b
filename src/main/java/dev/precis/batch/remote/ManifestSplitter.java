package dev.precis.batch.remote;

import java.util.Set;

import dev.precis.batch.manifest.ManifestTable;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;

/**
 * Sizes the manager's partitions by the night's manifest, which is known only once the manifest step
 * has run: one partition per {@code partitionFiles} positions, so a large night gives many partitions
 * (the workers share them out, and a slow one holds up little) and a small night few (each costs a
 * message and a step execution). Spring Batch's splitter does the rest, and records the grid size in
 * the manager step's context, where a restart, and SliceContextRecovery, read it back.
 */
public class ManifestSplitter implements StepExecutionSplitter {

    private final StepExecutionSplitter splitter;
    private final ManifestTable manifest;
    private final int partitionFiles;

    public ManifestSplitter(StepExecutionSplitter splitter, ManifestTable manifest, int partitionFiles) {
        this.splitter = splitter;
        this.manifest = manifest;
        this.partitionFiles = partitionFiles;
    }

    @Override
    public String getStepName() {
        return splitter.getStepName();
    }

    @Override
    public Set<StepExecution> split(StepExecution stepExecution, int gridSize) throws JobExecutionException {
        long instanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        return splitter.split(stepExecution, partitions(manifest.manifestSize(instanceId), partitionFiles));
    }

    static int partitions(int files, int partitionFiles) {
        return Math.max(1, (int) ((files + (long) partitionFiles - 1) / partitionFiles));
    }
}
