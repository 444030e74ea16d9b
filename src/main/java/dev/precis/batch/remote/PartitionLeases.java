package dev.precis.batch.remote;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.precis.batch.RunParameters;
import dev.precis.batch.store.LeaseTable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A worker's side of the partitions it runs. It claims each request before running it (so a request
 * delivered twice, or one left from an ended execution, is not run), keeps a heartbeat for the
 * partitions it holds (so the manager can tell a live worker from a dead one), and, when the worker
 * is asked to stop (SIGTERM), stops each running partition after its current chunk: the partition
 * ends STOPPED with its position saved, the manager's run fails, and a restart resumes it.
 */
public class PartitionLeases implements StepExecutionListener, ApplicationListener<ContextClosedEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PartitionLeases.class);
    static final String WORKER_KEY = "precis.worker";

    private final LeaseTable leases;
    private final String worker;
    private final Map<Long, StepExecution> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;
    private volatile boolean stopping;

    public PartitionLeases(LeaseTable leases, ScaleOutProperties settings) {
        this.leases = leases;
        this.worker = workerName();
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "precis-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = settings.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        log.info("Worker {}: takes partitions from queue {} as soon as the broker answers", worker, settings.queue());
    }

    /** host:pid, which the manager's log and the lease table show. */
    public String worker() {
        return worker;
    }

    /** The filter in front of the worker step: true to run the request, false to drop it. */
    public boolean claim(StepExecutionRequest request) {
        if (stopping) {
            // Thrown, not refused: the broker's transaction rolls back and another worker gets the request.
            throw new IllegalStateException("worker " + worker + " is stopping; partition request returned to the broker");
        }
        if (leases.claimPartition(request.getStepExecutionId(), worker)) {
            return true;
        }
        log.warn("Ignoring the request for step execution {}: it is not waiting to start (already taken, or its run"
                + " ended or was restarted)", request.getStepExecutionId());
        return false;
    }

    @Override
    public void beforeStep(StepExecution partition) {
        running.put(partition.getId(), partition);
        partition.getExecutionContext().putString(WORKER_KEY, worker);
        if (stopping) {
            partition.setTerminateOnly();
        }
        log.info("Partition {} of run {} (execution {}): started", partition.getStepName(),
                RunParameters.of(partition.getJobExecution().getJobParameters()).label(), partition.getJobExecutionId());
    }

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        running.remove(partition.getId());
        try {
            leases.releasePartition(partition.getId());
        } catch (RuntimeException e) {
            log.warn("Could not release the lease of partition {}: {}", partition.getStepName(), e.toString());
        }
        long millis = partition.getStartTime() == null || partition.getEndTime() == null ? 0
                : java.time.Duration.between(partition.getStartTime(), partition.getEndTime()).toMillis();
        log.info("Partition {} of execution {}: {} files in {} ms, {}", partition.getStepName(), partition.getJobExecutionId(),
                partition.getWriteCount(), millis, partition.getStatus());
        return null;
    }

    /** The application is closing (SIGTERM): take no more requests, stop running partitions after their chunk. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopping = true;
        if (!running.isEmpty()) {
            log.warn("Worker {} stopping: {} running partition(s) stop after their current chunk; restart the run to finish them",
                    worker, running.size());
        }
        running.values().forEach(StepExecution::setTerminateOnly);
    }

    private void beat() {
        try {
            leases.beat(worker);
        } catch (RuntimeException e) {
            log.warn("Heartbeat not recorded: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
    }

    private static String workerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
