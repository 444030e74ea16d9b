package dev.precis.batch.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.precis.batch.output.SummaryFiles;

/**
 * Inputs whose output paths clash: input {@code x} writes {@code summaries/x.summary.txt}, and input
 * {@code x.summary.txt/a.txt} needs that path as a folder (likewise {@code cleaned/x.txt} against an
 * input folder {@code x.txt/} when cleaned texts are written). Decided from the manifest's paths
 * alone, so every attempt of a run (and every thread order) decides the same: the file whose output
 * would sit where a folder is needed fails, and so does a later file (in path order) with the very
 * same output path as an earlier one. Their report row says why; the other files are written.
 */
final class OutputCollisions {

    private OutputCollisions() {
    }

    /** The entries with a collision turned into {@link ManifestEntry.Kind#COLLISION}, the reason in the note. */
    static List<ManifestEntry> mark(List<ManifestEntry> entries, boolean cleaned) {
        Map<String, String> owner = new HashMap<>();   // output path -> the first input writing it
        Map<String, String> folders = new HashMap<>(); // folder an output lies in -> the first input needing it
        for (ManifestEntry e : entries) {
            if (e.kind() == ManifestEntry.Kind.FILE) {
                for (String out : outputs(e.path(), cleaned)) {
                    owner.putIfAbsent(out, e.path());
                    for (int slash = out.indexOf('/', out.indexOf('/') + 1); slash > 0; slash = out.indexOf('/', slash + 1)) {
                        folders.putIfAbsent(out.substring(0, slash), e.path());
                    }
                }
            }
        }
        List<ManifestEntry> marked = new ArrayList<>(entries.size());
        for (ManifestEntry e : entries) {
            String reason = e.kind() == ManifestEntry.Kind.FILE ? reason(e.path(), cleaned, owner, folders) : null;
            marked.add(reason == null ? e : new ManifestEntry(e.seq(), e.path(), ManifestEntry.Kind.COLLISION, e.size(), e.mtime(),
                    e.sha256(), reason, e.previous()));
        }
        return marked;
    }

    private static String reason(String path, boolean cleaned, Map<String, String> owner, Map<String, String> folders) {
        for (String out : outputs(path, cleaned)) {
            String folderOf = folders.get(out);
            if (folderOf != null) {
                return "output path collision: " + out + " would also be the folder of the output of " + folderOf;
            }
            String first = owner.get(out);
            if (!first.equals(path)) {
                return "output path collision: " + out + " is also the output of " + first;
            }
        }
        return null;
    }

    /** What a file may write, relative to the output folder. */
    static List<String> outputs(String path, boolean cleaned) {
        return cleaned ? List.of(SummaryFiles.summaryPath(path), SummaryFiles.cleanedPath(path)) : List.of(SummaryFiles.summaryPath(path));
    }
}
