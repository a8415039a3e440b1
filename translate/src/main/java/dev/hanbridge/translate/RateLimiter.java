package dev.hanbridge.translate;

import java.util.concurrent.TimeUnit;

/**
 * Spaces an engine's requests to at most {@code requestsPerSecond} and its characters to at most
 * {@code charsPerMinute}, shared by every thread that calls one engine. Zero means no limit.
 *
 * <p>Requests are spaced evenly rather than let through in bursts: providers count requests in
 * short windows, and an even pace at the limit is what keeps 429s away. Characters may burst up
 * to one minute's allowance (a provider's per-minute counter), then flow at the average rate.
 * Each caller reserves its slot under the lock and sleeps outside it, so waiting threads do not
 * block each other.
 */
public final class RateLimiter {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final long intervalNanos;
    private final double nanosPerChar;
    private long nextFree;
    private long charTat;

    public RateLimiter(double requestsPerSecond) {
        this(requestsPerSecond, 0);
    }

    public RateLimiter(double requestsPerSecond, long charsPerMinute) {
        this.intervalNanos = requestsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / requestsPerSecond);
        this.nanosPerChar = charsPerMinute <= 0 ? 0 : (double) MINUTE / charsPerMinute;
        this.nextFree = System.nanoTime();
        this.charTat = nextFree;
    }

    public static RateLimiter of(EngineLimits limits) {
        return new RateLimiter(limits.requestsPerSecond(), limits.charsPerMinute());
    }

    /** Blocks until a request may go out. */
    public void acquire() throws InterruptedException {
        acquire(0);
    }

    /** Blocks until a request carrying {@code chars} characters may go out. */
    public void acquire(int chars) throws InterruptedException {
        if (intervalNanos == 0 && nanosPerChar == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextFree);
            if (nanosPerChar > 0) {
                // GCRA: the budget is free again at charTat; up to a minute's worth may be ahead of now.
                long tat = Math.max(charTat, now) + (long) (chars * nanosPerChar);
                slot = Math.max(slot, tat - MINUTE);
                charTat = tat;
            }
            nextFree = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
