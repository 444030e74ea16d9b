package dev.precis.batch.manifest;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one slice of the manifest (SEQ {@code firstSeq..lastSeq}) in pages, each page starting
 * after the last SEQ read (keyset paging). Restartable through the item count its base class saves
 * at every commit: the slice's rows never change during a job instance (the manifest is written
 * once, and the rows the reader skips are flagged before the chunk step starts), so the restart's
 * first {@code count} rows are exactly the ones already done, and are skipped page by page.
 * One instance per slice (step scope): not shared between threads.
 */
public class ManifestReader extends AbstractItemCountingItemStreamItemReader<ManifestEntry> {

    private final ManifestTable manifest;
    private final long instanceId;
    private final String inputRoot;
    private final int firstSeq;
    private final int lastSeq;
    private final int pageSize;
    private final Deque<ManifestEntry> page = new ArrayDeque<>();
    private int afterSeq;
    private boolean exhausted;

    public ManifestReader(ManifestTable manifest, long instanceId, String inputRoot, int firstSeq, int lastSeq, int pageSize) {
        this.manifest = manifest;
        this.instanceId = instanceId;
        this.inputRoot = inputRoot;
        this.firstSeq = firstSeq;
        this.lastSeq = lastSeq;
        this.pageSize = pageSize;
        setName("manifestReader");
    }

    @Override
    protected void doOpen() {
        page.clear();
        afterSeq = firstSeq - 1;
        exhausted = false;
    }

    @Override
    protected ManifestEntry doRead() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(manifest.manifestPage(instanceId, inputRoot, afterSeq, lastSeq, pageSize));
            exhausted = page.size() < pageSize;
        }
        ManifestEntry next = page.poll();
        if (next != null) {
            afterSeq = next.seq();
        }
        return next;
    }

    @Override
    protected void doClose() {
        page.clear();
    }
}
