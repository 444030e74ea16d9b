package dev.precis.batch.manifest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the manifest into contiguous ranges of positions, one per worker thread. A range is an
 * index range scan for the reader's paged queries (cheap at 100,000 files), and each range keeps
 * its own reader position in its own step execution, so a restart resumes every range where it
 * stopped and reruns only unfinished ones.
 */
public class ManifestPartitioner implements Partitioner {

    public static final String FIRST = "firstSeq";
    public static final String LAST = "lastSeq";

    private final int files;

    public ManifestPartitioner(int files) {
        this.files = files;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int slices = Math.max(1, Math.min(gridSize, files));
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        for (int i = 0; i < slices; i++) {
            ExecutionContext context = new ExecutionContext();
            // Manifest positions run from 1 to files.
            context.putInt(FIRST, (int) ((long) files * i / slices) + 1);
            context.putInt(LAST, (int) ((long) files * (i + 1) / slices));
            ranges.put("range" + i, context);
        }
        return ranges;
    }
}
