package dev.hanbridge.app.distributed;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.dao.DataAccessException;

import dev.hanbridge.store.PartitionStore;

/**
 * Runs the partition a request names, on one of the worker's slots, with Spring Batch's
 * {@link StepExecutionRequestHandler}, once {@link Claims} says this worker should. The request is
 * acknowledged when the partition has finished (the listener returns), so that the broker gives it
 * to another worker if this one dies first. A message that is not a request, or names a partition
 * the repository does not have, is acknowledged and dropped rather than handed round for ever.
 */
final class PartitionRunner implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionRunner.class);
    /** Steps a worker runs; a request for anything else is refused. */
    static final Set<String> WORKER_STEPS = Set.of("ingest-partition", "translate", "export");
    private static final Duration DATABASE_DOWN_PAUSE = Duration.ofSeconds(5);

    private final StepExecutionRequestHandler handler;
    private final JobRepository jobRepository;
    private final PartitionStore partitions;
    private final WorkerIdentity me;
    private final PrintStream out;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final Claims claims;
    private volatile boolean stopping;

    /** @param recheck how often a request for a partition another worker holds looks again */
    PartitionRunner(StepExecutionRequestHandler handler, JobRepository jobRepository, PartitionStore partitions,
            Liveness liveness, WorkerIdentity me, Duration recheck, PrintStream out) {
        this.handler = handler;
        this.jobRepository = jobRepository;
        this.partitions = partitions;
        this.me = me;
        this.out = out;
        this.claims = new Claims(partitions, jobRepository, liveness, me, running::contains, () -> stopping, recheck);
    }

    boolean runs(long stepExecutionId) {
        return running.contains(stepExecutionId);
    }

    @Override
    public void onMessage(Message message) {
        PartitionRequest request;
        try {
            request = PartitionRequest.of(message);
        } catch (IllegalArgumentException e) {
            log.warn("dropped a message from the queue: {}", e.getMessage());
            return;
        }
        if (!WORKER_STEPS.contains(request.step())) {
            log.warn("dropped a request for step {}: workers run only {}", request.step(), WORKER_STEPS);
            return;
        }
        try {
            run(request);
        } catch (DataAccessException e) {
            // The request goes back to the queue; a pause first, so that a database that is down
            // does not turn it into a loop of redeliveries.
            log.warn("cannot reach the database for {}: {}; the request goes back to the queue", request,
                    e.getMessage());
            pause();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImmediateRequeueAmqpException("worker stopping: " + request + " goes back to the queue", e);
        }
    }

    private void run(PartitionRequest request) throws InterruptedException {
        StepExecution execution = jobRepository.getStepExecution(request.stepExecutionId());
        if (execution == null) {
            log.warn("{} names a step execution the job repository does not have (another database?); dropped",
                    request);
            return;
        }
        if (stopping) {
            throw new ImmediateRequeueAmqpException("worker stopping: " + request + " goes back to the queue");
        }
        if (!claims.claim(execution)) {
            return;
        }
        running.add(execution.getId());
        long started = System.nanoTime();
        try {
            StepExecution done = handler.handle(new StepExecutionRequest(request.step(), execution.getId()));
            partitions.finish(execution.getId(), me.id(), done.getStatus().name());
            out.printf("run %d  %-28s %-9s %d read, %d written (%.1f s)%n", Claims.runId(execution),
                    execution.getStepName(), done.getStatus(), done.getReadCount(), done.getWriteCount(),
                    (System.nanoTime() - started) / 1e9);
        } finally {
            synchronized (running) {
                running.remove(execution.getId());
                running.notifyAll();
            }
        }
    }

    /** New requests go back to the queue from now on. */
    void stopping() {
        stopping = true;
    }

    /** Waits until no partition runs here, at most {@code wait}; {@code true} when none does. */
    boolean awaitIdle(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (running) {
            while (!running.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(running, left);
            }
        }
        return true;
    }

    int runningCount() {
        return running.size();
    }

    private static void pause() {
        try {
            Thread.sleep(DATABASE_DOWN_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
