package dev.precis.batch;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sizes the job database's connection pool from {@code precis.threads}: each slice of the summarize
 * step holds a connection through a whole chunk, so a pool smaller than the slices makes them queue
 * for connections, and a queued slice fails the job once Hikari's connection timeout (30 s) passes.
 * The pool gets the slices plus {@link #SPARE} (the launching thread, the job repository's own
 * updates); a larger {@code spring.datasource.hikari.maximum-pool-size} set by the operator stays.
 */
public class ConnectionPoolSize implements EnvironmentPostProcessor {

    static final String POOL_SIZE = "spring.datasource.hikari.maximum-pool-size";
    static final int SPARE = 2;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        int threads = PrecisProperties.threadsOrCores(environment.getProperty("precis.threads", Integer.class, 0));
        int configured = environment.getProperty(POOL_SIZE, Integer.class, 0);
        int size = Math.max(configured, threads + SPARE);
        environment.getPropertySources().addFirst(new MapPropertySource("precisConnectionPool", Map.of(POOL_SIZE, size)));
    }
}
