package dev.hanbridge.app.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

import dev.hanbridge.app.run.RunRequest;
import dev.hanbridge.export.ExportFormat;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * One tick of the schedule: runs the inbox (new and changed sources only) under a database lock,
 * so that of several servers sharing one database exactly one runs each tick.
 *
 * <p>The lock is held at least half the gap between ticks (at most 30 s): servers' clocks and
 * start-up differ by milliseconds to seconds, and a lock released after a quick run would let a
 * second server, ticking a moment later, run the same tick again.
 */
class ScheduledInboxRun implements Runnable {

    /** The lock's name in ShedLock's table. */
    static final String LOCK_NAME = "hanbridge-inbox-run";

    private static final Logger log = LoggerFactory.getLogger(ScheduledInboxRun.class);

    private final RunService runs;
    private final LockingTaskExecutor locks;
    private final Path inbox;
    private final String engine;
    private final String formats;
    private final Path outDir;
    private final String sourceLang;
    private final String targetLang;
    private final Duration lockAtMostFor;
    private final Duration lockAtLeastFor;
    private final AtomicInteger ticks = new AtomicInteger();
    private volatile boolean stopped;
    private final AtomicInteger launched = new AtomicInteger();

    ScheduledInboxRun(RunService runs, LockingTaskExecutor locks, Path inbox, String cron, String engine,
            String formats, Path outDir, String sourceLang, String targetLang, Duration lockAtMostFor) {
        this.runs = runs;
        this.locks = locks;
        this.inbox = inbox;
        this.engine = engine;
        this.formats = formats;
        this.outDir = outDir;
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
        this.lockAtMostFor = lockAtMostFor;
        this.lockAtLeastFor = lockAtLeastFor(CronExpression.parse(cron));
    }

    static Duration lockAtLeastFor(CronExpression cron) {
        LocalDateTime first = cron.next(LocalDateTime.now());
        LocalDateTime second = first == null ? null : cron.next(first);
        if (second == null) {
            return Duration.ofSeconds(30);
        }
        Duration half = Duration.between(first, second).dividedBy(2);
        return half.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : half;
    }

    /** Ticks from now on launch nothing, and a tick waiting for its run lets go within a second. */
    void stop() {
        stopped = true;
    }

    void resume() {
        stopped = false;
    }

    @Override
    public void run() {
        if (stopped) {
            return;
        }
        ticks.incrementAndGet();
        try {
            locks.executeWithLock((Runnable) this::runInbox,
                    new LockConfiguration(Instant.now(), LOCK_NAME, lockAtMostFor, lockAtLeastFor));
        } catch (RuntimeException e) {
            // One failed tick must not end the schedule; the next tick tries again.
            log.warn("scheduled run of {} failed: {}", inbox, e.getMessage());
        }
    }

    private void runInbox() {
        if (stopped) {
            return;
        }
        if (!java.nio.file.Files.isDirectory(inbox)) {
            log.warn("scheduled run skipped: the inbox {} is not a folder", inbox);
            return;
        }
        RunService.Launched run = runs.launch(new RunRequest(java.util.List.of(inbox), engine,
                ExportFormat.parseList(formats), outDir, sourceLang, targetLang));
        launched.incrementAndGet();
        log.info("scheduled run {} of {} started", run.runId(), inbox);
        try {
            // Hold the lock while the run works: the next tick of another server waits its turn.
            // Polled, so that a stopping server's schedule lets go of the lock while its database
            // is open; the run service stops the run itself.
            while (!stopped) {
                try {
                    run.done().get(1, TimeUnit.SECONDS);
                    return;
                } catch (TimeoutException e) {
                    // still working
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("scheduled run {} failed: {}", run.runId(), e.getCause().getMessage());
        }
    }

    /** Ticks seen by this server (for tests and the health page). */
    public int ticks() {
        return ticks.get();
    }

    /** Runs this server launched. */
    public int launched() {
        return launched.get();
    }

    public Path inbox() {
        return inbox;
    }
}
