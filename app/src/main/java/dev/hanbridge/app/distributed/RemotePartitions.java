package dev.hanbridge.app.distributed;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.hanbridge.app.job.LimitStop;
import dev.hanbridge.store.PartitionStore;

/**
 * The manager's side of one step of a distributed run. Spring Batch's
 * {@code MessageChannelPartitionHandler} does the work: it splits the step, sends one request per
 * partition to the queue and polls the job repository until every partition has finished. The
 * repository, not a reply queue, says when a partition is done: workers need no way back to the
 * manager, the queue holds only requests, and a restarted manager finds the state where the workers
 * left it. Around it this class follows the partitions for the progress line, names the partitions
 * that failed and the worker they failed on, and marks failed what no worker ever started when the
 * step ends early (a partition left {@code STARTING} would stop Spring Batch from restarting the step).
 *
 * <p>When the broker stays away longer than its {@link BrokerWatch} allows, the partitions that need
 * it to go on are marked failed: those still waiting in its queue and those whose worker is gone
 * (another worker could take them over only through the queue). The handler then finds them
 * finished, waits for the running ones, and the step fails with the reason and the restart command,
 * instead of waiting for ever. Their requests, if the broker comes back with them, are dropped by
 * the workers (the partition is no longer running), and {@code hanbridge restart} runs them again.
 */
final class RemotePartitions implements PartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitions.class);

    private final PartitionHandler delegate;
    private final JobRepository jobRepository;
    private final PartitionStore partitions;
    private final PartitionWatch watch;
    private final BrokerWatch broker;
    private final Liveness liveness;

    RemotePartitions(PartitionHandler delegate, JobRepository jobRepository, PartitionStore partitions,
            PartitionWatch watch, BrokerWatch broker, Liveness liveness) {
        this.delegate = delegate;
        this.jobRepository = jobRepository;
        this.partitions = partitions;
        this.watch = watch;
        this.broker = broker;
        this.liveness = liveness;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        Set<StepExecution> split = ConcurrentHashMap.newKeySet();
        StepExecutionSplitter recording = new StepExecutionSplitter() {
            @Override
            public String getStepName() {
                return splitter.getStepName();
            }

            @Override
            public Set<StepExecution> split(StepExecution stepExecution, int gridSize) throws JobExecutionException {
                Set<StepExecution> executions = splitter.split(stepExecution, gridSize);
                split.addAll(executions);
                return executions;
            }
        };
        try (PartitionWatch.Following following = watch.follow(manager, split);
                PartitionWatch.Following brokerFollowing = broker.watch(manager.getStepName(),
                        reason -> giveUpWithoutBroker(split, reason, Claims.runId(manager)))) {
            Collection<StepExecution> finished = delegate.handle(recording, manager);
            List<StepExecution> failed = finished.stream().filter(s -> s.getStatus().isUnsuccessful()).toList();
            if (!failed.isEmpty() && failed.stream().allMatch(LimitStop::reached)) {
                // The run stopped at its spend limit: it ends LIMIT_REACHED, with the limit's message.
                StepExecution first = jobRepository.getStepExecution(failed.get(0).getId());
                throw new LimitStop.PartitionsStopped(LimitStop.reason(first).orElseGet(
                        () -> FailureText.reason(first.getExitStatus().getExitDescription())));
            }
            if (!failed.isEmpty()) {
                throw new IllegalStateException(describe(failed, finished.size()));
            }
            return finished;
        } catch (Exception e) {
            abandonUnstarted(split);
            throw e;
        }
    }

    private String describe(List<StepExecution> failed, int of) {
        return failed.size() + " of " + of + " partitions failed; the first, " + failed.stream().limit(1)
                .map(s -> s.getStepName() + partitions.find(s.getId()).map(p -> " on worker " + p.workerName())
                        .orElse("") + ": " + FailureText.reason(s.getExitStatus().getExitDescription()))
                .collect(Collectors.joining());
    }

    private void abandonUnstarted(Set<StepExecution> split) {
        for (StepExecution s : split) {
            StepExecution now = jobRepository.getStepExecution(s.getId());
            if (now != null && now.getStatus() == BatchStatus.STARTING) {
                fail(now, "not started: the step ended before a worker took this partition");
            }
        }
    }

    private void giveUpWithoutBroker(Set<StepExecution> split, String reason, long runId) {
        String then = "; once it is back, hanbridge restart " + runId + " runs the rest";
        int given = 0;
        for (StepExecution s : split) {
            StepExecution now = jobRepository.getStepExecution(s.getId());
            if (now == null) {
                continue;
            }
            if (now.getStatus() == BatchStatus.STARTING) {
                given += fail(now, "not started: " + reason + then) ? 1 : 0;
            } else if (now.getStatus().isRunning()) {
                var row = partitions.find(now.getId());
                if (row.isPresent() && row.get().finishedAt() == null && !liveness.alive(row.get().workerId())) {
                    given += fail(now, "its worker " + row.get().workerName() + " is gone and " + reason
                            + ", so no other worker can take it over" + then) ? 1 : 0;
                }
            }
        }
        if (given > 0) {
            log.info("{}: {} partition(s) given up; the step ends when the running ones finish", reason, given);
            System.err.println("hanbridge: " + reason + ": " + given + " partition(s) that need it are given up;"
                    + " the run fails once the running ones finish" + then);
        }
    }

    /** @return whether it was marked failed (not when a worker updated it meanwhile) */
    private boolean fail(StepExecution partition, String description) {
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(description));
        partition.setEndTime(LocalDateTime.now());
        try {
            jobRepository.update(partition);
            return true;
        } catch (OptimisticLockingFailureException changed) {
            log.info("{} was updated by a worker meanwhile; it is left to that worker", partition.getStepName());
            return false;
        }
    }
}
