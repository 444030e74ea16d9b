package dev.precis.report;

/** What happened to one input file. */
public enum Status {
    /** a summary was written */
    SUMMARIZED,
    /** nothing to summarize, or nothing new: the reason says which */
    SKIPPED,
    /** the file could not be read or summarized: the reason says why */
    FAILED,
    /** a file summarized in an earlier run is gone from the input; its summary is left alone */
    DELETED
}
