package dev.precis.batch.remote;

import java.sql.SQLException;
import java.util.Locale;

import dev.precis.batch.ArticleProcessor;
import dev.precis.batch.PrecisJob;
import dev.precis.batch.PrecisJobConfiguration;
import dev.precis.batch.PrecisProperties;
import dev.precis.batch.ProgressListener;
import dev.precis.batch.SliceContextRecovery;
import dev.precis.batch.SummaryMethodProperties;
import dev.precis.batch.manifest.ManifestPartitioner;
import dev.precis.batch.manifest.ManifestReader;
import dev.precis.batch.manifest.ManifestTable;
import dev.precis.batch.output.OutputOptions;
import dev.precis.batch.output.SummaryWriter;
import dev.precis.batch.role.ConditionalOnRole;
import dev.precis.batch.role.Role;
import dev.precis.batch.store.JobDatabase;
import dev.precis.batch.store.JobDatabaseLock;
import dev.precis.batch.store.LeaseTable;
import dev.precis.batch.store.ResultTable;

import jakarta.jms.ConnectionFactory;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.messaging.MessageChannel;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Scale-out (precis.role=manager|worker): Spring Batch remote partitioning over an Artemis broker.
 * The manager runs the job as a standalone run does, except that its summarize step sends each
 * partition of the manifest to the broker as a request and polls the shared job database until every
 * partition has ended. Workers take the requests and run the very chunk step a standalone run's
 * threads run, on their partition. Nothing here exists in a standalone run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole({Role.MANAGER, Role.WORKER})
@EnableConfigurationProperties(ScaleOutProperties.class)
public class RemotePartitioningConfiguration {

    /** The settings this process summarizes with, which a manager and its workers must share. */
    @Bean
    public SharedSettings sharedSettings(PrecisProperties settings, SummaryMethodProperties method, OutputOptions options,
            JobRepository jobRepository) {
        return new SharedSettings(PrecisJob.sharedSettings(settings, method, options), jobRepository);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.MANAGER)
    static class Manager {

        @Bean
        public MessageChannel partitionRequests() {
            return new DirectChannel();
        }

        @Bean
        public IntegrationFlow partitionRequestsToBroker(MessageChannel partitionRequests, ConnectionFactory connectionFactory,
                ScaleOutProperties scaleOut) {
            return IntegrationFlow.from(partitionRequests)
                    .transform(StepExecutionRequest.class, PartitionRequests::encode)
                    .handle(Jms.outboundAdapter(connectionFactory).destination(scaleOut.queue()))
                    .get();
        }

        /** The summarize step of a manager: partitions sized by the manifest, sent to the broker, polled in the database. */
        @Bean
        public Step summarizeStep(JobRepository jobRepository, MessageChannel partitionRequests, ManifestPartitioner manifestPartitioner,
                ManifestTable manifest, ResultTable results, LeaseTable leases, ScaleOutProperties scaleOut, ProgressListener progress,
                SharedSettings sharedSettings) {
            SimpleStepExecutionSplitter splitter = new SimpleStepExecutionSplitter(jobRepository, PrecisJob.SLICE_STEP,
                    manifestPartitioner);
            return new RemotePartitioningManagerStepBuilder(PrecisJob.SUMMARIZE_STEP, jobRepository)
                    .partitioner(PrecisJob.SLICE_STEP, manifestPartitioner)
                    .splitter(new ManifestSplitter(splitter, manifest, scaleOut.partitionFiles()))
                    .outputChannel(partitionRequests)
                    .pollInterval(scaleOut.pollInterval().toMillis())
                    .listener(progress)
                    .listener(sharedSettings)
                    .listener(new PartitionWatchdog(manifest, results, leases, jobRepository, scaleOut))
                    .build();
        }

        /**
         * With precis.scale-out.embedded-broker=true the manager's own broker also listens for workers.
         * A run or restart takes the job database's lock first: a second manager would find the port
         * held by the first one's broker (AMQ224104 and stack traces). Without the lock its start stops
         * here, before the broker starts, and it exits 75.
         */
        @Bean
        @ConditionalOnProperty(name = "precis.scale-out.embedded-broker", havingValue = "true")
        public ArtemisConfigurationCustomizer workerAcceptor(ScaleOutProperties scaleOut, JobDatabaseLock lock, PrecisProperties settings) {
            return configuration -> {
                if (!takesTheRunLock(settings)) {
                    return; // status needs no workers
                }
                if (!tryLock(lock)) {
                    throw new JobDatabaseLockedException();
                }
                try {
                    configuration.addAcceptorConfiguration("workers", scaleOut.embeddedBrokerUrl());
                } catch (Exception e) {
                    throw new IllegalStateException("bad precis.scale-out.embedded-broker-url: " + scaleOut.embeddedBrokerUrl(), e);
                }
            };
        }
    }

    private static boolean takesTheRunLock(PrecisProperties settings) {
        String command = settings.command() == null ? "run" : settings.command().toLowerCase(Locale.ROOT);
        return command.equals("run") || command.equals("restart");
    }

    private static boolean tryLock(JobDatabaseLock lock) {
        try {
            return lock.tryLock();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the job database to take its lock: " + e.getMessage(), e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.WORKER)
    static class Worker {

        @Bean
        public MessageChannel workerRequests() {
            return new DirectChannel();
        }

        /**
         * Requests from the broker, precis.threads at a time, each in a broker transaction that commits
         * when its partition has ended: a worker that dies before claiming a request gives it back.
         * While the broker is away (a manager's embedded broker between nights) the container tries
         * again after 0.5 s, 1 s, 2 s, then every 3 s, so that queued partitions wait at most a few
         * seconds for an idle worker; it logs one line when an outage begins and one when it ends.
         */
        @Bean
        public IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, ScaleOutProperties scaleOut,
                PrecisProperties settings, PartitionLeases leases, MessageChannel workerRequests, Environment environment) {
            BrokerWaitingListenerContainer container = new BrokerWaitingListenerContainer(brokerBackOff(),
                    environment.getProperty("spring.artemis.broker-url", "tcp://localhost:61616").replaceFirst("\\?.*", ""));
            container.setConnectionFactory(connectionFactory);
            container.setDestinationName(scaleOut.queue());
            container.setSessionTransacted(true);
            container.setConcurrentConsumers(settings.threads());
            container.setMaxConcurrentConsumers(settings.threads());
            return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(container))
                    .transform(String.class, PartitionRequests::decode)
                    .filter(StepExecutionRequest.class, leases::claim)
                    .channel(workerRequests)
                    .get();
        }

        /** The standalone run's slice step, run here for the partitions this worker takes. */
        @Bean(name = PrecisJob.SLICE_STEP)
        public Step summarizeSlice(JobRepository jobRepository, PlatformTransactionManager tx, PrecisProperties settings,
                ManifestReader manifestReader, ArticleProcessor articleProcessor, SummaryWriter summaryWriter, ManifestTable manifest,
                MessageChannel workerRequests, BeanFactory beanFactory, PartitionLeases leases, SharedSettings sharedSettings) {
            RemotePartitioningWorkerStepBuilder builder = new RemotePartitioningWorkerStepBuilder(PrecisJob.SLICE_STEP,
                    jobRepository).inputChannel(workerRequests).beanFactory(beanFactory);
            return PrecisJobConfiguration.sliceStep(builder, tx, settings, manifestReader, articleProcessor, summaryWriter)
                    .listener(new SliceContextRecovery(jobRepository, manifest, settings.threads()))
                    .listener(leases)
                    .listener(sharedSettings)
                    .build();
        }

        static ExponentialBackOff brokerBackOff() {
            ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
            backOff.setMaxInterval(3_000);
            return backOff;
        }

        @Bean
        public PartitionLeases partitionLeases(LeaseTable leases, ScaleOutProperties scaleOut) {
            return new PartitionLeases(leases, scaleOut);
        }

        @Bean
        public WorkerRunner workerRunner(JobDatabase database, PrecisProperties settings, ScaleOutProperties scaleOut,
                PartitionLeases leases, Environment environment) {
            return new WorkerRunner(database, settings, scaleOut, leases, environment);
        }
    }
}
