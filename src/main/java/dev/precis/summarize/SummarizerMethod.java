package dev.precis.summarize;

import java.util.Arrays;
import java.util.Locale;

/**
 * The summarizers the job can select with {@code precis.summary.method} ("lead" or "coverage", any case);
 * {@link #DEFAULT} is coverage.
 */
public enum SummarizerMethod {
    /** baseline: leading sentences while they fit, skipping any that would overflow */
    LEAD,
    /** position-weighted term coverage, greedy under the word budget ({@link CoverageSummarizer}) */
    COVERAGE;

    /** the method the job uses when the property is not set */
    public static final SummarizerMethod DEFAULT = COVERAGE;

    public Summarizer create() {
        return switch (this) {
            case LEAD -> new LeadSummarizer();
            case COVERAGE -> new CoverageSummarizer();
        };
    }

    /** Parses a property value; blank means {@link #DEFAULT}. */
    public static SummarizerMethod parse(String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown precis.summary.method: " + name + " (expected one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT) + ")", e);
        }
    }
}
