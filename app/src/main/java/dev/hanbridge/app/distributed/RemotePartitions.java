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
 */
final class RemotePartitions implements PartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitions.class);

    private final PartitionHandler delegate;
    private final JobRepository jobRepository;
    private final PartitionStore partitions;
    private final PartitionWatch watch;

    RemotePartitions(PartitionHandler delegate, JobRepository jobRepository, PartitionStore partitions,
            PartitionWatch watch) {
        this.delegate = delegate;
        this.jobRepository = jobRepository;
        this.partitions = partitions;
        this.watch = watch;
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
        try (PartitionWatch.Following following = watch.follow(manager, split)) {
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
            if (now == null || now.getStatus() != BatchStatus.STARTING) {
                continue;
            }
            now.setStatus(BatchStatus.FAILED);
            now.setExitStatus(ExitStatus.FAILED.addExitDescription(
                    "not started: the step ended before a worker took this partition"));
            now.setEndTime(LocalDateTime.now());
            try {
                jobRepository.update(now);
            } catch (OptimisticLockingFailureException started) {
                log.info("{} was taken by a worker as the step ended; it is left to that worker", s.getStepName());
            }
        }
    }
}
