package dev.precis.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import dev.precis.batch.output.SummaryFiles;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Output side that fails like a full disk on the Nth summary write of this process
 * ({@code test.fail-at-write}), to prove that a failed run restarts exactly.
 */
@TestConfiguration
public class FailingSummaryFiles {

    /** Shared by all worker slices of the process, so "the Nth write" is global. */
    @Bean
    public AtomicInteger writeCounter() {
        return new AtomicInteger();
    }

    @Bean
    @Primary
    @StepScope
    public SummaryFiles failOnNthWrite(@Value("#{jobParameters['output']}") String output,
            @Value("${test.fail-at-write}") int failAt, AtomicInteger writeCounter) {
        AtomicInteger writes = writeCounter;
        return new SummaryFiles(Path.of(output), false) {
            @Override
            public void write(String relativePath, String text) throws IOException {
                if (writes.incrementAndGet() == failAt) {
                    throw new IOException("No space left on device (injected by the test)");
                }
                super.write(relativePath, text);
            }
        };
    }
}
