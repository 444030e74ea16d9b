package dev.precis.batch.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.precis.batch.store.FileOutcome;
import dev.precis.batch.store.ResultTable;
import dev.precis.report.ReportRow;
import dev.precis.report.Status;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's summaries (each atomically) and removes the summaries that no longer match their
 * files, then records its report rows and history in the chunk's transaction. If the process dies
 * between the two, the restart redoes the chunk: it rewrites the same bytes and removes the same
 * files (already gone), and the rows say the same, since they follow from the history, which the
 * rollback kept. A summary is never lost and never reported twice.
 */
public class SummaryWriter implements ItemWriter<FileOutcome> {

    private final SummaryFiles files;
    private final ResultTable results;
    private final long instanceId;
    private final String inputRoot;
    private final String settingsKey;

    public SummaryWriter(SummaryFiles files, ResultTable results, long instanceId, String inputRoot, String settingsKey) {
        this.files = files;
        this.results = results;
        this.instanceId = instanceId;
        this.inputRoot = inputRoot;
        this.settingsKey = settingsKey;
    }

    @Override
    public void write(Chunk<? extends FileOutcome> chunk) throws Exception {
        List<FileOutcome> outcomes = new ArrayList<>(chunk.size());
        for (FileOutcome o : chunk.getItems()) {
            outcomes.add(write(o));
        }
        results.insertResults(instanceId, outcomes);
        results.updateHistory(instanceId, inputRoot, settingsKey, outcomes);
    }

    /** The outcome as written: FAILED instead when its output path is taken (a folder, or a file where a folder must be). */
    private FileOutcome write(FileOutcome o) throws IOException {
        if (o.staleSummary() != null) {
            files.remove(o.staleSummary());
            files.remove(SummaryFiles.cleanedPath(o.row().path()));
        }
        String cleanedPath = o.cleaned() == null ? null : SummaryFiles.cleanedPath(o.row().path());
        String summaryPath = o.summary() == null ? null : o.row().summaryPath();
        try {
            if (cleanedPath != null) {
                files.write(cleanedPath, o.cleaned());
            }
            if (summaryPath != null) {
                files.write(summaryPath, o.summary());
            }
            return o;
        } catch (IOException e) {
            String conflict = summaryPath == null ? null : files.conflict(summaryPath);
            if (conflict == null && cleanedPath != null) {
                conflict = files.conflict(cleanedPath);
            }
            if (conflict == null) {
                throw e; // the output folder's problem (full disk, no permission): the job fails, a restart resumes
            }
            if (cleanedPath != null) {
                files.remove(cleanedPath);
            }
            ReportRow r = o.row();
            return new FileOutcome(o.seq(), ReportRow.withoutSummary(r.path(), Status.FAILED, "output path collision: " + conflict,
                    r.bytes(), r.sha256(), r.millis()), null, null, true, null);
        }
    }
}
