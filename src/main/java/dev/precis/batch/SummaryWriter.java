package dev.precis.batch;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's summaries (each atomically), then its report rows and history in the chunk's
 * transaction. If the process dies between the two, the restart redoes the chunk and rewrites the
 * same bytes: a summary is never lost and never reported twice.
 */
public class SummaryWriter implements ItemWriter<FileOutcome> {

    private final SummaryFiles files;
    private final PrecisStore store;
    private final long instanceId;
    private final String inputRoot;
    private final String settingsKey;

    public SummaryWriter(SummaryFiles files, PrecisStore store, long instanceId, String inputRoot, String settingsKey) {
        this.files = files;
        this.store = store;
        this.instanceId = instanceId;
        this.inputRoot = inputRoot;
        this.settingsKey = settingsKey;
    }

    @Override
    public void write(Chunk<? extends FileOutcome> chunk) throws Exception {
        List<FileOutcome> outcomes = List.copyOf(chunk.getItems());
        for (FileOutcome o : outcomes) {
            if (o.summary() != null) {
                files.write(o.row().summaryPath(), o.summary());
            }
            if (o.cleaned() != null) {
                files.write(SummaryFiles.cleanedPath(o.row().path()), o.cleaned());
            }
        }
        store.insertResults(instanceId, outcomes);
        store.updateHistory(instanceId, inputRoot, settingsKey, outcomes);
    }
}
