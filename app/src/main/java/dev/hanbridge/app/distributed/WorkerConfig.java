package dev.hanbridge.app.distributed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.app.job.Progress;
import dev.hanbridge.store.PartitionStore;
import dev.hanbridge.store.RunSpendStore;
import dev.hanbridge.store.SentenceClaimStore;
import dev.hanbridge.store.WorkerStore;

/**
 * {@code hanbridge worker}: takes partitions of any run from the queue and runs them with the
 * single-machine job's own steps, on this machine's cores as one machine runs a whole run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DistributedApplication.ROLE, havingValue = "worker")
class WorkerConfig {

    /** How often a request for a partition another live worker holds looks again. */
    private static final Duration RECHECK = Duration.ofSeconds(2);
    /** How often a partition waiting for a sentence another partition sends looks for it in memory. */
    private static final Duration CLAIM_POLL = Duration.ofMillis(200);

    @Bean
    WorkerIdentity workerIdentity() {
        return WorkerIdentity.current();
    }

    /**
     * The steps print nothing here: a worker runs pieces of many runs, and prints one line per
     * partition instead (PartitionRunner). Primary over the application's terminal progress.
     */
    @Bean
    @Primary
    Progress workerProgress() {
        return Progress.silent();
    }

    @Bean
    StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository, List<Step> steps) {
        Map<String, Step> byName = steps.stream().filter(s -> PartitionRunner.WORKER_STEPS.contains(s.getName()))
                .collect(Collectors.toMap(Step::getName, Function.identity()));
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(byName::get);
        return handler;
    }

    @Bean
    PartitionRunner partitionRunner(StepExecutionRequestHandler handler, JobRepository jobRepository,
            PartitionStore partitions, WorkerStore workers, WorkerIdentity me, DistributedSettings settings) {
        Liveness liveness = new Liveness(workers, settings.deadAfter(), me.host(), Liveness.processes());
        return new PartitionRunner(handler, jobRepository, partitions, liveness, me, RECHECK, System.out);
    }

    /** Translate partitions share their sentences in flight and the run's spend limits (TranslateJobConfig). */
    @Bean
    WorkerSharing workerSharing(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
            WorkerStore workers, WorkerIdentity me, DistributedSettings settings) {
        Liveness liveness = new Liveness(workers, settings.deadAfter(), me.host(), Liveness.processes());
        return new WorkerSharing(new SentenceClaimStore(jdbc, jdbcTemplate, transactions), new RunSpendStore(jdbc, transactions),
                liveness, me.id(), settings.sentenceLease(), CLAIM_POLL);
    }

    @Bean
    PartitionWorker partitionWorker(ConnectionFactory connections, DistributedSettings settings, WorkerIdentity me,
            WorkerStore workers, PartitionRunner runner) {
        return new PartitionWorker(connections, settings, me, workers, runner);
    }
}
