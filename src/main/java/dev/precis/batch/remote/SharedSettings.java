package dev.precis.batch.remote;

import dev.precis.batch.PrecisJob;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Keeps a manager and its workers on the same summary settings. Each process reads its own
 * configuration, and the settings decide what a summary looks like and which files count as
 * unchanged: a worker configured differently would write summaries a standalone run would not. The
 * manager records its settings in the job execution before sending partitions; a worker whose own
 * differ fails the partition at once, saying which, instead of writing anything.
 */
public class SharedSettings implements StepExecutionListener {

    static final String KEY = "precis.shared-settings";

    private final String settings;
    private final JobRepository repository;

    public SharedSettings(String settings, JobRepository repository) {
        this.settings = settings;
        this.repository = repository;
    }

    @Override
    public void beforeStep(StepExecution step) {
        JobExecution job = step.getJobExecution();
        if (step.getStepName().equals(PrecisJob.SUMMARIZE_STEP)) {
            job.getExecutionContext().putString(KEY, settings);
            repository.updateExecutionContext(job);
            return;
        }
        String manager = job.getExecutionContext().containsKey(KEY) ? job.getExecutionContext().getString(KEY) : null;
        if (manager != null && !manager.equals(settings)) {
            throw new IllegalStateException("this worker's summary settings differ from the manager's (manager: " + manager
                    + "; worker: " + settings + "): give every worker the manager's precis.* settings");
        }
    }
}
