package dev.precis.batch.manifest;

import java.nio.file.attribute.FileTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.precis.article.ReadBytes;

/**
 * The bytes the manifest step read and hashed, kept for the summarize step up to a memory budget,
 * so that a file is read once per run: the whole of a folder of a few thousand files, the first
 * files of a larger one. The summarize step takes each file's bytes (and drops them); it uses them
 * only while the file's size and modification time are unchanged ({@link
 * dev.precis.article.ArticleReader#read(java.nio.file.Path, ReadBytes)}), so what it reports is what
 * it would have read. A new manifest starts empty; a restarted run in a new JVM reads from disk.
 * Thread-safe.
 */
public final class ReadAhead {

    private final long budget;
    private final AtomicLong room;
    private final ConcurrentHashMap<String, ReadBytes> kept = new ConcurrentHashMap<>();

    public ReadAhead(long budget) {
        this.budget = budget;
        this.room = new AtomicLong(budget);
    }

    /** The budget for a JVM: an eighth of its heap, at most 64 MB. */
    public static ReadAhead forHeap(long maxHeap) {
        return new ReadAhead(Math.min(64L << 20, maxHeap / 8));
    }

    /** Keeps a whole file's bytes if they fit the budget. */
    void keep(String path, byte[] bytes, int length, String sha256, long size, FileTime modified) {
        if (length != size || room.addAndGet(-length) < 0) {
            if (length == size) {
                room.addAndGet(length);
            }
            return;
        }
        ReadBytes old = kept.put(path, new ReadBytes(bytes, length, sha256, size, modified));
        if (old != null) {
            room.addAndGet(old.length());
        }
    }

    /** The bytes kept for {@code path}, no longer kept; null when none. */
    public ReadBytes take(String path) {
        ReadBytes bytes = kept.remove(path);
        if (bytes != null) {
            room.addAndGet(bytes.length());
        }
        return bytes;
    }

    /** Forgets everything (a new manifest is being made). */
    void clear() {
        kept.clear();
        room.set(budget);
    }
}
