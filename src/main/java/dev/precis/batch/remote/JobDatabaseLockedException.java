package dev.precis.batch.remote;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A manager found another run holding the job database's lock while it was still starting: the
 * start stops there (before its embedded broker opens a port) and the process exits 75, as
 * PrecisCommandLine.LOCKED does for a run locked out after the start.
 */
public final class JobDatabaseLockedException extends IllegalStateException implements ExitCodeGenerator {

    static final int LOCKED = 75;

    JobDatabaseLockedException() {
        super("Another Precis run or manager holds the lock of this job database; not starting (exit " + LOCKED + ")");
    }

    @Override
    public int getExitCode() {
        return LOCKED;
    }

    /** Says why in a few lines instead of Boot's stack trace of a failed start (META-INF/spring.factories). */
    public static final class Analyzer extends AbstractFailureAnalyzer<JobDatabaseLockedException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, JobDatabaseLockedException cause) {
            return new FailureAnalysis(cause.getMessage(), "Nothing ran. Let the other run finish (jobs/status.sh lists it);"
                    + " a failed one is resumed with jobs/rerun-failed.sh --precis.role=manager.", null);
        }
    }
}
