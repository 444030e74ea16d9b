package dev.precis.article;

import java.nio.file.attribute.FileTime;

/**
 * A file's bytes as read once already (by the manifest step), with what identified the file then: its
 * size and modification time. {@link ArticleReader#read(java.nio.file.Path, ReadBytes)} uses them
 * instead of reading the file again while both are unchanged.
 *
 * @param bytes    the bytes read ({@code length} of them)
 * @param sha256   hex SHA-256 of those bytes
 * @param size     the file's size when they were read
 * @param modified its modification time then
 */
public record ReadBytes(byte[] bytes, int length, String sha256, long size, FileTime modified) {
}
