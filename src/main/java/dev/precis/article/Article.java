package dev.precis.article;

/**
 * One article file, decoded.
 *
 * @param body        the text after the instruction line, as decoded (lines intact)
 * @param instruction the instruction, or {@link Instruction#NONE}
 * @param charset     the encoding the bytes were decoded from
 * @param bytes       size of the file in bytes
 * @param sha256      hex SHA-256 of the bytes that were read
 */
public record Article(String body, Instruction instruction, String charset, long bytes, String sha256) {
}
