package dev.hanbridge.app.serve;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

import dev.hanbridge.app.job.RunOwner;
import dev.hanbridge.app.run.RunLauncher;
import dev.hanbridge.app.run.RunRequest;
import dev.hanbridge.app.run.RunSummary;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStatus;
import dev.hanbridge.store.RunStore;

/**
 * Runs jobs in the background for the server: a launch answers with the run's id at once.
 *
 * <p>When the server stops, running jobs are asked to stop at their next chunk boundary (stored
 * work stays stored) and are recorded as stopped; the next start of the server resumes them, as
 * it resumes runs whose process died. {@code hanbridge restart RUN_ID} resumes them too.
 */
public class RunService implements SmartLifecycle {

    /** Start of the message of a run the server stopped; the next start resumes such runs. */
    public static final String STOPPED_BY_SHUTDOWN = "stopped: the server shut down during the run";

    private static final Logger log = LoggerFactory.getLogger(RunService.class);

    /** Runs launched here and not finished, by run id. */
    private final Map<Long, CompletableFuture<RunSummary>> active = new ConcurrentHashMap<>();
    private final RunLauncher launcher;
    private final RunStore runs;
    private final ServeSettings settings;
    private final ExecutorService executor;
    private volatile boolean running;
    private volatile boolean stopping;

    public RunService(RunLauncher launcher, RunStore runs, ServeSettings settings, int threads) {
        this.launcher = launcher;
        this.runs = runs;
        this.settings = settings;
        this.executor = Executors.newFixedThreadPool(threads, named("hanbridge-run-"));
    }

    /** A run started in the background: its id now, its summary when it ends. */
    public record Launched(long runId, CompletableFuture<RunSummary> done) {
    }

    /**
     * Records the run and starts its job in the background.
     *
     * @throws IllegalArgumentException when the request is wrong (nothing is recorded then)
     * @throws IllegalStateException when the server is stopping
     */
    public Launched launch(RunRequest request) {
        if (stopping) {
            throw new IllegalStateException("the server is stopping; launch the run after it restarts");
        }
        long runId = launcher.prepare(request);
        return new Launched(runId, submit(runId, () -> launcher.start(runId)));
    }

    /** Resumes a failed or stopped run in the background. */
    public Launched resume(long runId) {
        RunRecord run = runs.find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        if (run.jobExecutionId() == null) {
            // Recorded but its job never started (the server stopped in between): start it now.
            return new Launched(runId, submit(runId, () -> launcher.start(runId)));
        }
        return new Launched(runId, submit(runId, () -> launcher.restart(runId, null)));
    }

    /** Whether a run launched by this server is still working. */
    public boolean isActive(long runId) {
        return active.containsKey(runId);
    }

    public int activeCount() {
        return active.size();
    }

    private CompletableFuture<RunSummary> submit(long runId, java.util.function.Supplier<RunSummary> job) {
        CompletableFuture<RunSummary> future = new CompletableFuture<>();
        active.put(runId, future);
        executor.execute(() -> {
            try {
                RunSummary summary = job.get();
                if (stopping && !summary.completed()) {
                    runs.finish(runId, RunStatus.FAILED, stoppedMessage());
                    summary = launcher.summarize(runId, null);
                }
                future.complete(summary);
            } catch (RuntimeException e) {
                log.warn("run {} failed: {}", runId, e.getMessage());
                future.completeExceptionally(e);
            } finally {
                active.remove(runId);
            }
        });
        return future;
    }

    /**
     * At start-up: marks runs whose process died, then resumes those of this machine that a server
     * stop or a crash left unfinished.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinished() {
        launcher.recoverInterrupted();
        String host = RunOwner.host();
        for (RunRecord run : runs.recent(500)) {
            String message = run.message() == null ? "" : run.message();
            boolean unfinished = run.status() == RunStatus.FAILED
                    && (message.startsWith(STOPPED_BY_SHUTDOWN) || message.startsWith("interrupted:"));
            if (unfinished && host.equals(run.ownerHost()) && !active.containsKey(run.id())
                    && launcher.summarize(run.id(), null).resumable()) {
                log.info("resuming run {} ({})", run.id(), message);
                try {
                    resume(run.id());
                } catch (RuntimeException e) {
                    log.warn("run {} could not be resumed: {}", run.id(), e.getMessage());
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Asks every running job to stop, waits a while for them to reach a chunk boundary, and leaves
     * each one recorded as stopped so that the next start (or {@code hanbridge restart}) resumes it.
     */
    @Override
    public void stop() {
        stopping = true;
        for (Long runId : active.keySet()) {
            log.info("stopping run {} for the server's shutdown", runId);
            try {
                launcher.stop(runId);
            } catch (RuntimeException e) {
                log.warn("run {} could not be asked to stop: {}", runId, e.getMessage());
            }
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.shutdownWait().toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Long runId : active.keySet()) {
            // Still working after the wait: record it as stopped; its job execution is recovered
            // (the process is gone by then) and restarted by the next start.
            runs.finish(runId, RunStatus.FAILED, stoppedMessage());
        }
        running = false;
    }

    private static String stoppedMessage() {
        return STOPPED_BY_SHUTDOWN + "; the next hanbridge serve resumes it";
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stops after the scheduler (default phase) and the web server's graceful shutdown
     * ({@code DEFAULT_PHASE - 1024}), so nothing new arrives, and before the web server is gone.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1536;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(false);
            return t;
        };
    }
}
