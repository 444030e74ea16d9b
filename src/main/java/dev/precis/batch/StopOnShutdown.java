package dev.precis.batch;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Stops this process's run of the job when the application is asked to end (SIGTERM or SIGINT: the
 * JVM's shutdown hook closes the Spring context). Without it the context closed under the running job:
 * its slices ran on to their ends and the job's last step could not be recorded. With it the run is
 * asked to stop ({@link JobOperator#stop}): each slice ends after the chunk in hand, the run is recorded
 * {@code STOPPED}, and {@code restart} resumes it. It is stopped first among the context's lifecycle
 * beans (the highest phase; the slices' thread pool stops after it) and waits at most
 * {@link #MAX_WAIT_SECONDS} for the launch to return ({@link #launchReturned}, told by the command line).
 */
public class StopOnShutdown implements SmartLifecycle, JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StopOnShutdown.class);
    static final long MAX_WAIT_SECONDS = 25;

    private final ObjectProvider<JobOperator> jobOperator;
    private final JobRepository jobRepository;
    private volatile JobExecution current;
    private volatile boolean running;

    /** {@code jobOperator}: looked up when needed, since the operator's job registry collects the job this listens to. */
    public StopOnShutdown(ObjectProvider<JobOperator> jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        current = execution;
    }

    /**
     * The launch of the run returned (its end is recorded: the job writes it after its listeners ran,
     * so {@code afterJob} would be too early to let the database close).
     */
    public void launchReturned() {
        current = null;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void stop() {
        running = false;
        JobExecution execution = current;
        if (execution == null) {
            return;
        }
        long id = execution.getId();
        log.warn("Asked to end (signal): stopping execution {} after the chunks in hand; resume it with restart.", id);
        try {
            jobOperator.getObject().stop(execution);
        } catch (Exception e) { // it ended meanwhile, or cannot be stopped: the restart recovers either way
            log.warn("Could not ask execution {} to stop: {}", id, e.toString());
            return;
        }
        // Until the launch has returned, so that the database is not closed under the run's last writes.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_WAIT_SECONDS);
        while (current != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        JobExecution recorded = jobRepository.getJobExecution(id);
        log.warn("Execution {} is {}.", id, recorded == null ? "unknown" : recorded.getStatus());
    }
}
