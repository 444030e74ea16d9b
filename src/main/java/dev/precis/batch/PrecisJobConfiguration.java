package dev.precis.batch;

import java.nio.file.Path;

import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;
import dev.precis.batch.manifest.InputScanner;
import dev.precis.batch.manifest.ManifestEntry;
import dev.precis.batch.manifest.ManifestPartitioner;
import dev.precis.batch.manifest.ManifestReader;
import dev.precis.batch.manifest.ManifestTable;
import dev.precis.batch.manifest.ManifestTasklet;
import dev.precis.batch.manifest.ReadAhead;
import dev.precis.batch.output.OutputOptions;
import dev.precis.batch.output.SummaryFiles;
import dev.precis.batch.output.SummaryWriter;
import dev.precis.batch.role.ConditionalOnRole;
import dev.precis.batch.role.Role;
import dev.precis.batch.store.FileOutcome;
import dev.precis.batch.store.ResultTable;
import dev.precis.batch.store.RunHistory;
import dev.precis.clean.ArticleCleaner;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SummarizerMethod;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Precis job: manifest (record the input files) → summarize (chunked: read manifest,
 * clean and summarize, write summaries and report rows) → report (CSV from the committed rows).
 */
@Configuration
@EnableConfigurationProperties({PrecisProperties.class, OutputOptions.class, SummaryMethodProperties.class})
public class PrecisJobConfiguration {

    @Bean
    @ConditionalOnRole({Role.STANDALONE, Role.MANAGER})
    public Job precisJob(JobRepository jobRepository, Step manifestStep, Step summarizeStep, Step reportStep,
            ResultTable results, RunHistory history, ObjectProvider<StopOnShutdown> stopOnShutdown) {
        var job = new JobBuilder(PrecisJob.JOB_NAME, jobRepository)
                .start(manifestStep)
                .next(summarizeStep)
                .next(reportStep)
                .listener(new RunSummaryListener(results, history));
        stopOnShutdown.ifAvailable(job::listener);
        return job.build();
    }

    /**
     * A signal to end the process stops the run at its next chunks instead of closing the context under
     * it. Standalone only: a manager's run is stopped by its workers' slices, which this was not tried on.
     */
    @Bean
    @ConditionalOnRole(Role.STANDALONE)
    public StopOnShutdown stopOnShutdown(ObjectProvider<JobOperator> jobOperator, JobRepository jobRepository) {
        return new StopOnShutdown(jobOperator, jobRepository);
    }

    @Bean
    public Step manifestStep(JobRepository jobRepository, PlatformTransactionManager tx, ManifestTasklet manifestTasklet) {
        return new StepBuilder("manifest", jobRepository).tasklet(manifestTasklet, tx).build();
    }

    /** Manager step: runs one worker slice of the manifest per thread (RemotePartitioningConfiguration: on workers). */
    @Bean
    @ConditionalOnRole(Role.STANDALONE)
    public Step summarizeStep(JobRepository jobRepository, PrecisProperties settings, Step summarizeSliceStep,
            ProgressListener progress, ThreadPoolTaskExecutor precisWorkers, ManifestPartitioner manifestPartitioner) {
        return new StepBuilder(PrecisJob.SUMMARIZE_STEP, jobRepository)
                .partitioner(PrecisJob.SLICE_STEP, manifestPartitioner)
                .step(summarizeSliceStep)
                .gridSize(settings.threads())
                .taskExecutor(precisWorkers)
                .listener(progress)
                .build();
    }

    /** Worker step: chunks of one slice, each chunk one transaction. */
    @Bean
    @ConditionalOnRole(Role.STANDALONE)
    public Step summarizeSliceStep(JobRepository jobRepository, PlatformTransactionManager tx, PrecisProperties settings,
            ManifestReader manifestReader, ArticleProcessor articleProcessor,
            SummaryWriter summaryWriter, ProgressListener progress, ManifestTable manifest) {
        return sliceStep(new StepBuilder(PrecisJob.SLICE_STEP, jobRepository), tx, settings, manifestReader, articleProcessor, summaryWriter)
                .listener((org.springframework.batch.core.listener.ChunkListener<ManifestEntry, FileOutcome>) progress)
                .listener(new SliceContextRecovery(jobRepository, manifest, settings.threads()))
                .build();
    }

    /**
     * The chunk step of one slice of the manifest, as a standalone run's threads and a manager's
     * remote workers (precis.role=worker) both run it: read, clean and summarize, write.
     */
    public static ChunkOrientedStepBuilder<ManifestEntry, FileOutcome> sliceStep(StepBuilder builder, PlatformTransactionManager tx,
            PrecisProperties settings, ManifestReader manifestReader, ArticleProcessor articleProcessor, SummaryWriter summaryWriter) {
        return builder.<ManifestEntry, FileOutcome>chunk(settings.commitInterval())
                .transactionManager(tx)
                .reader(manifestReader)
                .processor(articleProcessor)
                .writer(summaryWriter);
    }

    @Bean
    @StepScope
    public ManifestPartitioner manifestPartitioner(ManifestTable manifest,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instanceId) {
        return new ManifestPartitioner(manifest.manifestSize(instanceId));
    }

    /** A bounded pool, one thread per slice; closed with the application. */
    @Bean
    @ConditionalOnRole(Role.STANDALONE)
    public ThreadPoolTaskExecutor precisWorkers(PrecisProperties settings) {
        ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
        workers.setCorePoolSize(settings.threads());
        workers.setMaxPoolSize(settings.threads());
        workers.setThreadNamePrefix("precis-");
        workers.setDaemon(true);
        // stopped after StopOnShutdown (phase Integer.MAX_VALUE) has stopped the run
        workers.setPhase(Integer.MAX_VALUE - 1);
        return workers;
    }

    @Bean
    public ProgressListener progressListener(ManifestTable manifest, ResultTable results) {
        return new ProgressListener(manifest, results);
    }

    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager tx, ReportTasklet reportTasklet) {
        return new StepBuilder("report", jobRepository).tasklet(reportTasklet, tx).build();
    }

    // ---- step-scoped parts: they take the folders from the job parameters, so a restart
    // ---- works on exactly the folders of the run it resumes

    @Bean
    @StepScope
    public SummaryFiles summaryFiles(@Value("#{jobParameters['output']}") String output, OutputOptions options) {
        return new SummaryFiles(Path.of(output), options.fsync());
    }

    @Bean
    @StepScope
    public ManifestTasklet manifestTasklet(@Value("#{jobParameters['input']}") String input, SummaryFiles summaryFiles,
            PrecisProperties settings, SummaryMethodProperties method, OutputOptions options, ManifestTable manifest,
            ReadAhead readAhead) {
        InputScanner scanner = new InputScanner(settings.maxFileBytes(), settings.threads(), articleReader(settings), readAhead);
        return new ManifestTasklet(Path.of(input), summaryFiles, scanner, manifest, PrecisJob.settingsKey(settings, method, options), options);
    }

    @Bean
    @StepScope
    public ManifestReader manifestReader(ManifestTable manifest, PrecisProperties settings,
            @Value("#{jobParameters['input']}") String input,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instanceId,
            @Value("#{stepExecutionContext['firstSeq']}") Integer firstSeq,
            @Value("#{stepExecutionContext['lastSeq']}") Integer lastSeq) {
        // Larger pages than chunks: one query per 1,000 files (restart state is kept per item).
        return new ManifestReader(manifest, instanceId, input, firstSeq, lastSeq, Math.max(settings.commitInterval(), 1000));
    }

    @Bean
    @StepScope
    public ArticleProcessor articleProcessor(@Value("#{jobParameters['input']}") String input, SummaryFiles summaryFiles,
            PrecisProperties settings, SummaryMethodProperties method, OutputOptions options, Summarizer summarizer,
            ManifestTable manifest, @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instanceId,
            ReadAhead readAhead) {
        return new ArticleProcessor(Path.of(input), articleReader(settings), new ArticleCleaner(), summarizer, summaryFiles, settings,
                PrecisJob.settingsKey(settings, method, options), options.cleaned(), manifest.runLines(instanceId), readAhead);
    }

    /**
     * The manifest step's bytes, kept for the summarize step so that each file is read once (within a
     * budget). A manager's workers read their files themselves, so a manager keeps none.
     */
    @Bean
    public ReadAhead readAhead(Environment environment) {
        return Role.of(environment) == Role.MANAGER ? new ReadAhead(0) : ReadAhead.forHeap(Runtime.getRuntime().maxMemory());
    }

    @Bean
    @StepScope
    public SummaryWriter summaryWriter(@Value("#{jobParameters['input']}") String input, SummaryFiles summaryFiles,
            ResultTable results, PrecisProperties settings, SummaryMethodProperties method, OutputOptions options,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instanceId) {
        return new SummaryWriter(summaryFiles, results, instanceId, input, PrecisJob.settingsKey(settings, method, options));
    }

    @Bean
    @StepScope
    public ReportTasklet reportTasklet(@Value("#{jobParameters['runDate']}") String runDate,
            @Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['seq']}") Long seq,
            ManifestTable manifest, RunReports reports) {
        return new ReportTasklet(new RunParameters(runDate, Path.of(output), Path.of(output), seq).report(), manifest, reports);
    }

    private static ArticleReader articleReader(PrecisProperties settings) {
        return new ArticleReader(settings.maxFileBytes(), new InstructionParser(settings.maxWords(), settings.maxParagraphs()));
    }

    @Bean
    public Summarizer summarizer(SummaryMethodProperties method) {
        return SummarizerMethod.parse(method.method()).create();
    }
}
