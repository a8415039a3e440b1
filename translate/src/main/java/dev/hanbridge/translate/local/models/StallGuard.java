package dev.hanbridge.translate.local.models;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a download's stream when nothing arrived for the stall timeout, so that a read
 * blocked on a silent connection returns (HttpClient's timeout covers only the headers).
 */
final class StallGuard implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "model-download-stall-guard");
        thread.setDaemon(true);
        return thread;
    });

    private final InputStream stream;
    private final long timeoutNanos;
    private final ScheduledFuture<?> check;
    private volatile long lastReceived = System.nanoTime();
    private volatile boolean stalled;

    StallGuard(InputStream stream, Duration timeout) {
        this.stream = stream;
        this.timeoutNanos = timeout.toNanos();
        long period = Math.max(100, timeout.toMillis() / 10);
        this.check = TIMER.scheduleAtFixedRate(this::checkStall, period, period, TimeUnit.MILLISECONDS);
    }

    void received() {
        lastReceived = System.nanoTime();
    }

    boolean stalled() {
        return stalled;
    }

    private void checkStall() {
        if (System.nanoTime() - lastReceived > timeoutNanos) {
            stalled = true;
            try {
                stream.close();
            } catch (IOException e) {
                // The blocked read fails either way; nothing else to release.
            }
            if (check != null) {
                check.cancel(false);
            }
        }
    }

    @Override
    public void close() {
        check.cancel(false);
    }
}
