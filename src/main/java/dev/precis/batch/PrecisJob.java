package dev.precis.batch;

import java.util.Locale;

import dev.precis.batch.output.OutputOptions;
import dev.precis.summarize.SummarizerMethod;

/**
 * What the job's parts agree on without knowing its wiring: the names of the job and its steps, and
 * the settings key. Apart from PrecisJobConfiguration so that the listeners, the run page and the
 * remote parts can name them while the configuration builds them.
 */
public final class PrecisJob {

    /** The manager step that partitions the manifest over the worker slices. */
    public static final String SUMMARIZE_STEP = "summarize";

    /** The worker step that summarizes one slice (partition) of the manifest. */
    public static final String SLICE_STEP = "summarizeSlice";

    public static final String JOB_NAME = "precis";

    /** Bump when cleaning or summarizing changes output, so unchanged files are redone once. */
    static final String ALGORITHM_VERSION = "7";

    private PrecisJob() {
    }

    /**
     * The settings a manager's workers must share with it: the settings key, and the file size limit
     * (also applied by the workers' reader). RemotePartitioningConfiguration checks them per partition.
     */
    public static String sharedSettings(PrecisProperties s, SummaryMethodProperties m, OutputOptions o) {
        return settingsKey(s, m, o) + ";max-file-bytes=" + s.maxFileBytes();
    }

    /**
     * What, besides a file's bytes, decides what a run writes for it: a change here redoes every file
     * once. Every setting that changes a summary or a cleaned text belongs here (SettingsKeyTests holds
     * each property to that). The recurring-line evidence of the run is not part of it (README: Running it nightly).
     */
    static String settingsKey(PrecisProperties s, SummaryMethodProperties m, OutputOptions o) {
        return "v" + ALGORITHM_VERSION + ";method=" + SummarizerMethod.parse(m.method()).name().toLowerCase(Locale.ROOT)
                + ";words=" + s.defaultWords() + ";paragraphs=" + s.defaultParagraphs() + ";share=" + s.maxShare()
                + ";max-words=" + s.maxWords() + ";max-paragraphs=" + s.maxParagraphs() + ";cleaned=" + o.cleaned();
    }
}
