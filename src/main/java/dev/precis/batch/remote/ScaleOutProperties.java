package dev.precis.batch.remote;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code precis.scale-out.*} for a manager and its workers (README: Scale-out).
 *
 * @param partitionFiles manifest positions per partition: the manager splits a night of N files into
 *        ceil(N / partitionFiles) partitions (each one message, one step execution, one worker thread)
 * @param pollInterval how often the manager reads the partitions' state from the job database
 * @param workerTimeout a running partition whose worker neither committed a chunk nor sent a heartbeat
 *        for this long is failed by the manager (its worker died); a restart reruns it. Keep it several
 *        of the workers' heartbeats long
 * @param heartbeat how often a worker records that it is alive for each partition it runs
 * @param queue the broker queue the partition requests go through
 * @param embeddedBroker the manager runs the broker itself (tests, a one-machine demo)
 * @param embeddedBrokerUrl where that embedded broker accepts workers
 */
@ConfigurationProperties("precis.scale-out")
public record ScaleOutProperties(
        @DefaultValue("1000") int partitionFiles,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("60s") Duration workerTimeout,
        @DefaultValue("5s") Duration heartbeat,
        @DefaultValue("precis.partitions") String queue,
        @DefaultValue("false") boolean embeddedBroker,
        @DefaultValue("tcp://localhost:61616") String embeddedBrokerUrl) {

    public ScaleOutProperties {
        if (partitionFiles < 1) {
            throw new IllegalArgumentException("precis.scale-out.partition-files must be at least 1");
        }
        // heartbeat is a worker's setting and worker-timeout the manager's: keep the timeout several heartbeats long.
        if (heartbeat.isNegative() || heartbeat.isZero() || workerTimeout.isNegative() || workerTimeout.isZero()
                || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("precis.scale-out durations must be positive");
        }
    }
}
