package dev.precis.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

/** A worker waiting for the broker tries again within a few seconds, however long the outage (issue 27). */
class BrokerBackOffTests {

    @Test
    void theWaitBetweenAttemptsGrowsToThreeSecondsAndNoFurther() {
        BackOffExecution waits = RemotePartitioningConfiguration.Worker.brokerBackOff().start();
        long total = 0;
        long last = 0;
        for (int attempt = 0; attempt < 1000; attempt++) {
            last = waits.nextBackOff();
            assertThat(last).as("attempt %d", attempt).isBetween(1L, 3_000L);
            total += last;
        }
        assertThat(last).isEqualTo(3_000L);
        // a broker that comes back after a minute is noticed within the cap, and it never stops trying
        assertThat(total).isGreaterThan(60_000L);
    }
}
