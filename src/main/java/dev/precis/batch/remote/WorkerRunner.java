package dev.precis.batch.remote;

import java.util.concurrent.CountDownLatch;

import dev.precis.batch.PrecisProperties;
import dev.precis.batch.store.JobDatabase;
import dev.precis.batch.store.PrecisSchema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

/**
 * The worker's life: it takes partition requests from the broker (on the listener threads) until the
 * process is stopped; this runner only keeps the application open until then. A worker needs the
 * manager's PostgreSQL job database: with anything else it exits at once with the usage code.
 */
public class WorkerRunner implements ApplicationRunner, ExitCodeGenerator, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(WorkerRunner.class);
    static final int USAGE = 2;

    private final JobDatabase database;
    private final PrecisProperties settings;
    private final ScaleOutProperties scaleOut;
    private final PartitionLeases leases;
    private final Environment environment;
    private final CountDownLatch closed = new CountDownLatch(1);
    private int exitCode;

    public WorkerRunner(JobDatabase database, PrecisProperties settings, ScaleOutProperties scaleOut, PartitionLeases leases,
            Environment environment) {
        this.database = database;
        this.settings = settings;
        this.scaleOut = scaleOut;
        this.leases = leases;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (database.schema() != PrecisSchema.POSTGRESQL) {
            log.error("precis.role=worker needs the job database its manager uses: set spring.datasource.url=jdbc:postgresql://…"
                    + " (and spring.datasource.username / password)");
            exitCode = USAGE;
            return;
        }
        log.info("Precis worker {} ready: up to {} partition(s) at a time from queue {} at {}; job database {}", leases.worker(),
                settings.threads(), scaleOut.queue(), withoutQuery(environment.getProperty("spring.artemis.broker-url", "")),
                withoutQuery(environment.getProperty("spring.datasource.url", "")));
        closed.await();
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closed.countDown();
    }

    /** URLs may carry credentials as parameters: the log shows neither. */
    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
