package dev.precis.batch;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code precis.*} (README: Configuration). Every one can be given on the
 * command line ({@code --precis.input=DIR}) or in application.properties.
 */
@ConfigurationProperties("precis")
public record PrecisProperties(
        @DefaultValue("run") String command,
        @DefaultValue("text") String format,
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output,
        @DefaultValue("100") int commitInterval,
        @DefaultValue("0") int threads,
        @DefaultValue("200") int defaultWords,
        @DefaultValue("3") int defaultParagraphs,
        @DefaultValue("0.5") double maxShare,
        @DefaultValue("10485760") long maxFileBytes,
        @DefaultValue("5000") int maxWords,
        @DefaultValue("50") int maxParagraphs,
        String runDate,
        @DefaultValue("false") boolean newRun,
        Long executionId) {

    public PrecisProperties {
        threads = threadsOrCores(threads);
        if (commitInterval < 1) {
            throw new IllegalArgumentException("precis.commit-interval must be at least 1");
        }
        if (defaultWords < 1 || defaultParagraphs < 1) {
            throw new IllegalArgumentException("precis.default-words and precis.default-paragraphs must be positive");
        }
        if (!(maxShare > 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("precis.max-share must be in (0, 1]");
        }
    }

    /** {@code precis.threads} as the job uses it: the number of cores unless set to a positive number. */
    static int threadsOrCores(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
