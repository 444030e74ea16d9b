package dev.precis.batch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the manifest into interleaved slices (file k goes to slice k mod n), one per worker
 * thread, so slow files spread evenly. Each slice keeps its own reader position in its own step
 * execution, so a restart resumes every slice where it stopped and reruns only unfinished ones.
 */
public class ManifestPartitioner implements Partitioner {

    static final String SLICE = "slice";
    static final String SLICES = "slices";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> slices = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(SLICE, i);
            context.putInt(SLICES, gridSize);
            slices.put("slice" + i, context);
        }
        return slices;
    }
}
