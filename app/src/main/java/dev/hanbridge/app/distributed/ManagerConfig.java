package dev.hanbridge.app.distributed;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.integration.core.MessagingTemplate;

import dev.hanbridge.app.job.LimitStop;
import dev.hanbridge.app.job.Partitions;
import dev.hanbridge.app.job.Progress;
import dev.hanbridge.app.job.RunOwner;
import dev.hanbridge.app.job.TranslateJobConfig;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.PartitionStore;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.WorkerStore;

/**
 * The distributed job, {@code translate-distributed}: ingest, translate and export each split into
 * partitions that workers run, then the bundle, written here. A worker runs the very steps a single
 * machine runs ({@code ingest-partition}, {@code translate}, {@code export} of
 * {@link TranslateJobConfig}), each on the share its partition's execution context names, so the
 * two kinds of run cannot drift apart. Its name differs from the single-machine job's, so both can
 * live in one job repository and {@code hanbridge restart} knows which one a run needs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DistributedApplication.ROLE, havingValue = "manager")
class ManagerConfig {

    static final String JOB_NAME = "translate-distributed";

    /**
     * Primary: the run launcher starts the distributed job in this context (the single-machine job
     * is there too, as the source of the steps workers run).
     */
    @Bean
    @Primary
    Job distributedTranslateJob(JobRepository jobRepository, Step remoteIngestStep, Step remoteTranslateStep,
            Step remoteExportStep, Step bundleStep, RunStore runs) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution execution) {
                        // As the single-machine job: who manages the run now, to tell a crash from a live run.
                        runs.attachJobExecution(execution.getJobParameters().getLong(TranslateJobConfig.RUN_ID),
                                execution.getId(), RunOwner.host(), RunOwner.pid());
                    }
                })
                .start(remoteIngestStep).next(remoteTranslateStep).next(remoteExportStep).next(bundleStep)
                .build();
    }

    @Bean
    RequestChannel requestChannel(RabbitTemplate rabbit, DistributedSettings settings) {
        return new RequestChannel(rabbit, settings.queue());
    }

    @Bean
    PartitionWatch partitionWatch(PartitionStore partitions, WorkerStore workers, Progress progress,
            DistributedSettings settings) {
        return new PartitionWatch(partitions, workers, progress, settings.deadAfter());
    }

    @Bean
    Step remoteIngestStep(Remote remote, DistributedSettings settings) {
        return remote.step("ingest", "ingest-partition", settings.partitions().ingest());
    }

    @Bean
    Step remoteTranslateStep(Remote remote, DistributedSettings settings) {
        return remote.step("translate", "translate", settings.partitions().translate());
    }

    @Bean
    Step remoteExportStep(Remote remote, DistributedSettings settings) {
        return remote.step("export", "export", settings.partitions().export());
    }

    @Bean
    Remote remote(JobRepository jobRepository, RequestChannel requests, PartitionStore partitions,
            PartitionWatch watch, Progress progress, RunStore runs, ArticleStore articles, ExportFileStore files,
            WorkerStore workers, RabbitTemplate rabbit, DistributedSettings settings) {
        return new Remote(jobRepository, requests, partitions, watch,
                BrokerWatch.of(rabbit, settings.queue(), settings.brokerWait()),
                new Liveness(workers, settings.deadAfter(), RunOwner.host(), Liveness.processes()),
                new StepLine(progress, partitions, runs, articles, files), settings);
    }

    /** Builds the manager steps: one partition handler each, since a handler serves one worker step. */
    record Remote(JobRepository jobRepository, RequestChannel requests, PartitionStore partitions,
            PartitionWatch watch, BrokerWatch broker, Liveness liveness, StepLine line,
            DistributedSettings settings) {

        /**
         * @param name the step, as the single-machine job names it
         * @param workerStep the step a worker runs on each partition
         */
        Step step(String name, String workerStep, int gridSize) {
            MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
            handler.setStepName(workerStep);
            handler.setGridSize(gridSize);
            handler.setMessagingOperations(new MessagingTemplate(requests));
            // With a job repository the handler polls it for finished partitions instead of
            // waiting for replies (see RemotePartitions).
            handler.setJobRepository(jobRepository);
            handler.setPollInterval(settings.pollInterval().toMillis());
            handler.setTimeout(settings.timeout().isZero() ? -1 : settings.timeout().toMillis());
            try {
                handler.afterPropertiesSet();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new StepBuilder(name, jobRepository)
                    // Partitions are named <step>-partition:partN; workers file them under <step>.
                    .partitioner(name + "-partition", Partitions::contexts)
                    .partitionHandler(new RemotePartitions(handler, jobRepository, partitions, watch, broker,
                            liveness))
                    .listener(line)
                    .listener(new LimitStop())
                    .build();
        }
    }
}
