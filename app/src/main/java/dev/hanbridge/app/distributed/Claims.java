package dev.hanbridge.app.distributed;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import dev.hanbridge.app.job.TranslateJobConfig;
import dev.hanbridge.store.PartitionStore;
import dev.hanbridge.store.PartitionStore.PartitionRow;

/**
 * Decides whether this worker runs the partition a request names. The broker hands a request to
 * another worker whenever the one that had it loses its connection: it died (its partition must be
 * run again), it stopped, or the broker restarted while it worked on (it still does). So before it
 * runs a partition a worker claims it in the database:
 * <ul>
 * <li>a partition that has finished (or that a restart of the run gave up) is not run again;</li>
 * <li>one nobody has claimed is claimed and run;</li>
 * <li>one whose worker is gone is taken over (compare-and-set: of several, one takes it) and run
 *     again; the steps read their items by status, so it resumes where the dead worker's last
 *     commit left it;</li>
 * <li>one whose worker still works on it is waited for, holding the request, until it finishes
 *     (then the request is dropped) or its worker is found dead (then it is taken over).</li>
 * </ul>
 */
final class Claims {

    private static final Logger log = LoggerFactory.getLogger(Claims.class);
    private static final String SUFFIX = "-partition:";

    private final PartitionStore partitions;
    private final JobRepository jobRepository;
    private final Liveness liveness;
    private final WorkerIdentity me;
    private final LongPredicate runningHere;
    private final BooleanSupplier stopping;
    private final Duration recheck;

    /**
     * @param runningHere whether this worker runs the step execution right now
     * @param stopping whether this worker is stopping: it then waits for no other
     */
    Claims(PartitionStore partitions, JobRepository jobRepository, Liveness liveness, WorkerIdentity me,
            LongPredicate runningHere, BooleanSupplier stopping, Duration recheck) {
        this.partitions = partitions;
        this.jobRepository = jobRepository;
        this.liveness = liveness;
        this.me = me;
        this.runningHere = runningHere;
        this.stopping = stopping;
        this.recheck = recheck;
    }

    /**
     * @return {@code true} when this worker now holds the partition and runs it; {@code false} when
     *         there is nothing to run
     * @throws InterruptedException when the worker stops while it waits for another
     */
    boolean claim(StepExecution execution) throws InterruptedException {
        long id = execution.getId();
        while (true) {
            if (!execution.getStatus().isRunning()) {
                log.info("{} is {} already; request dropped", execution.getStepName(), execution.getStatus());
                return false;
            }
            Optional<PartitionRow> row = partitions.find(id);
            if (row.isEmpty()) {
                if (partitions.claim(id, runId(execution), execution.getJobExecutionId(), step(execution),
                        execution.getStepName(), me.id())) {
                    return true;
                }
                continue; // another worker claimed it this instant: look again
            }
            String owner = row.get().workerId();
            boolean ownerWorks = owner.equals(me.id()) ? runningHere.test(id) : liveness.alive(owner);
            if (!ownerWorks) {
                if (partitions.takeOver(id, owner, me.id())) {
                    log.warn("{} of run {}: its worker {} is gone; taken over and run again from its last commit",
                            execution.getStepName(), runId(execution), row.get().workerName());
                    return true;
                }
                continue;
            }
            if (stopping.getAsBoolean()) {
                throw new InterruptedException("stopping");
            }
            Thread.sleep(recheck.toMillis());
            StepExecution now = jobRepository.getStepExecution(id);
            if (now == null) {
                return false;
            }
            execution = now;
        }
    }

    static long runId(StepExecution execution) {
        Long runId = execution.getJobParameters().getLong(TranslateJobConfig.RUN_ID);
        return runId == null ? 0 : runId;
    }

    /** {@code translate} for {@code translate-partition:part3}: the step the partition belongs to. */
    static String step(StepExecution execution) {
        String name = execution.getStepName();
        int at = name.indexOf(SUFFIX);
        return at > 0 ? name.substring(0, at) : name;
    }
}
