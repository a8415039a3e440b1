package dev.hanbridge.translate;


/**
 * Spaces requests to at most {@code requestsPerSecond}, shared by every thread that calls one
 * engine. Zero means no limit.
 */
public final class RateLimiter {

    private final long intervalNanos;
    private long nextFree;

    public RateLimiter(double requestsPerSecond) {
        this.intervalNanos = requestsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / requestsPerSecond);
        this.nextFree = System.nanoTime();
    }

    /** Blocks until a request may go out. */
    public void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextFree);
            nextFree = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
