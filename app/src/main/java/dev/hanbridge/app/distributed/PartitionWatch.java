package dev.hanbridge.app.distributed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;

import dev.hanbridge.app.job.Progress;
import dev.hanbridge.store.PartitionStore;
import dev.hanbridge.store.PartitionStore.PartitionRow;
import dev.hanbridge.store.WorkerStore;

/**
 * The manager's progress line while a step's partitions work: how many have finished, and which
 * worker has how many. When no worker has taken any partition for a while and none is alive, it
 * says so once, with the command that starts one: a run does not wait in silence.
 */
final class PartitionWatch {

    private static final Logger log = LoggerFactory.getLogger(PartitionWatch.class);
    private static final Duration HINT_AFTER = Duration.ofSeconds(10);

    /** Stops following when closed. */
    interface Following extends AutoCloseable {
        @Override
        void close();
    }

    private final PartitionStore partitions;
    private final WorkerStore workers;
    private final Progress progress;
    private final Duration deadAfter;

    PartitionWatch(PartitionStore partitions, WorkerStore workers, Progress progress, Duration deadAfter) {
        this.partitions = partitions;
        this.workers = workers;
        this.progress = progress;
        this.deadAfter = deadAfter;
    }

    Following follow(StepExecution manager, Set<StepExecution> split) {
        String step = manager.getStepName();
        long jobExecutionId = manager.getJobExecutionId();
        long started = System.nanoTime();
        boolean[] hinted = {false};
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hanbridge-partitions-" + step);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                List<PartitionRow> rows = partitions.of(jobExecutionId, step);
                long done = rows.stream().filter(r -> r.status() != null).count();
                progress.update(step, done, split.size(), "partitions " + perWorker(rows));
                if (!hinted[0] && rows.isEmpty() && System.nanoTime() - started > HINT_AFTER.toNanos()
                        && workers.live(deadAfter).isEmpty()) {
                    hinted[0] = true;
                    System.err.println("hanbridge: waiting for workers: none has joined; start one with: hanbridge worker"
                            + " (README, Scale-out)");
                }
            } catch (DataAccessException e) {
                log.debug("progress of {} not read this time: {}", step, e.getMessage());
            }
        }, 1, 1, TimeUnit.SECONDS);
        return timer::shutdownNow;
    }

    /** {@code host-a:812 3 (1 running), host-b:90 2}: partitions per worker, in name order. */
    static String perWorker(List<PartitionRow> rows) {
        Map<String, List<PartitionRow>> byWorker = new TreeMap<>(
                rows.stream().collect(Collectors.groupingBy(PartitionRow::workerName)));
        return byWorker.entrySet().stream().map(e -> {
            long running = e.getValue().stream().filter(r -> r.finishedAt() == null).count();
            return e.getKey() + " " + e.getValue().size() + (running > 0 ? " (" + running + " running)" : "");
        }).collect(Collectors.joining(", "));
    }
}
