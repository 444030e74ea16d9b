package dev.precis.batch.manifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.precis.batch.output.OutputOptions;
import dev.precis.batch.output.SummaryFiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step of a job instance: records the input folder's files (path, size, mtime, SHA-256)
 * in H2. The chunk step reads this list, never the folder, so files that appear or change
 * between a failure and its restart cannot shift positions. Runs in one transaction: a kill
 * here leaves no manifest, and the restart records it afresh.
 */
public class ManifestTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ManifestTasklet.class);

    private final Path inputRoot;
    private final SummaryFiles files;
    private final InputScanner scanner;
    private final ManifestTable table;

    private final String settingsKey;
    private final OutputOptions options;

    /** {@code settingsKey}: the current summary settings; a file summarized under others is redone. */
    public ManifestTasklet(Path inputRoot, SummaryFiles files, InputScanner scanner, ManifestTable table, String settingsKey,
            OutputOptions options) {
        this.inputRoot = inputRoot;
        this.files = files;
        this.scanner = scanner;
        this.table = table;
        this.settingsKey = settingsKey;
        this.options = options;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long instanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        if (!Files.isDirectory(inputRoot)) {
            throw new IllegalStateException("input folder " + inputRoot + " does not exist or is not a folder");
        }
        long start = System.nanoTime();
        InputScanner.Manifest manifest = scanner.scan(inputRoot, Set.of(files.root()));
        List<ManifestEntry> entries = OutputCollisions.mark(manifest.entries(), options.cleaned());
        long scanned = System.nanoTime();
        // Files are removed before this step's transaction commits: a kill before the commit redoes
        // the step, which removes the same files (already gone) and records the same rows.
        // A colliding file's own outputs go now, before any slice needs their paths as folders.
        // (Never an output another input owns: when two inputs map to one path, it is the first one's.)
        Set<String> owned = new java.util.HashSet<>();
        for (ManifestEntry e : entries) {
            if (e.kind() == ManifestEntry.Kind.FILE) {
                owned.addAll(OutputCollisions.outputs(e.path(), options.cleaned()));
            }
        }
        for (ManifestEntry e : entries) {
            if (e.kind() == ManifestEntry.Kind.COLLISION) {
                for (String out : OutputCollisions.outputs(e.path(), options.cleaned())) {
                    if (!owned.contains(out)) {
                        files.remove(out);
                    }
                }
            }
        }
        // Unchanged files are reported with the manifest; the summarize step reads only the rest.
        int unchanged = table.replaceManifest(instanceId, inputRoot.toString(), settingsKey, entries, files::exists);
        table.replaceRunLines(instanceId, manifest.repeatedLines());
        ManifestTable.Deleted deleted = table.recordDeleted(instanceId, inputRoot.toString(), entries,
                options.pruneDeleted());
        if (options.pruneDeleted()) {
            for (String path : deleted.withSummary()) {
                files.remove(SummaryFiles.summaryPath(path));
                files.remove(SummaryFiles.cleanedPath(path));
            }
        }
        contribution.incrementWriteCount(entries.size());
        log.info("Manifest: {} files in {} ({} unchanged since their last summary, {} deleted since the last run,"
                + " {} lines recur across files), read in {} ms, recorded in {} ms", entries.size(), inputRoot, unchanged,
                deleted.count(), manifest.repeatedLines().size(), (scanned - start) / 1_000_000, (System.nanoTime() - scanned) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
