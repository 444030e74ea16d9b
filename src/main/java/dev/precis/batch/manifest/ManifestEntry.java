package dev.precis.batch.manifest;

/**
 * One input path as the manifest recorded it, joined with what the last run did to it.
 *
 * @param seq     position in the manifest (sorted by path)
 * @param path    path relative to the input folder
 * @param kind    what the path is
 * @param size    bytes, or -1 when unknown
 * @param mtime   last modification, epoch milliseconds, or -1 when unknown
 * @param sha256  hex SHA-256 when the file was hashed, else null
 * @param note    why the path cannot be read, for {@link Kind#UNREADABLE}; the collision, for {@link Kind#COLLISION}
 * @param previous the history row for this path, or null for a new file
 */
public record ManifestEntry(int seq, String path, Kind kind, long size, long mtime, String sha256, String note, Previous previous) {

    public enum Kind {
        FILE, SYMLINK, SPECIAL, UNREADABLE,
        /** a file whose output path another input's outputs need (see {@link OutputCollisions}) */
        COLLISION
    }

    /** The history row: the last outcome for this path. */
    public record Previous(String sha256, String settings, String status, String summaryPath) {
    }
}
