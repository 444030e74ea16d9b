package dev.precis.summarize;

/**
 * The summarizers the job can select with {@code precis.summary.method}; {@link #COVERAGE} is the default.
 */
public enum SummarizerMethod {
    /** baseline: leading sentences while they fit */
    LEAD,
    /** position-weighted term coverage, greedy under the word budget */
    COVERAGE;

    public Summarizer create() {
        return switch (this) {
            case LEAD -> new LeadSummarizer();
            case COVERAGE -> new CoverageSummarizer();
        };
    }
}
