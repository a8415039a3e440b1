package dev.hanbridge.translate.driver;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.hanbridge.translate.EngineLimits;

/**
 * Spaces an engine's requests to at most {@code requestsPerSecond} and its characters to at most
 * {@code charsPerMinute}, shared by every thread that calls one engine. Zero means no limit.
 *
 * <p>A request is let through only when the previous one went out at least an interval ago,
 * measured when it actually went out, not when it was planned: a thread that wakes late (a busy
 * CPU, a GC pause) can then never release a burst of overdue requests, which a provider counting
 * requests in short windows would answer with 429. Characters may burst up to one minute's
 * allowance (a provider's per-minute counter), then flow at the average rate. A provider's
 * Retry-After pauses every thread through {@link #pause}, not only the one that was told.
 */
final class RateLimiter {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final long intervalNanos;
    /** Lateness a grant may make up for, so that wake-up jitter does not lower the rate. */
    private final long toleranceNanos;
    private final double nanosPerChar;
    private long nextFree;
    private long charTat;

    RateLimiter(double requestsPerSecond) {
        this(requestsPerSecond, 0);
    }

    RateLimiter(double requestsPerSecond, long charsPerMinute) {
        this.intervalNanos = requestsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / requestsPerSecond);
        this.toleranceNanos = intervalNanos / 10;
        this.nanosPerChar = charsPerMinute <= 0 ? 0 : (double) MINUTE / charsPerMinute;
        this.nextFree = System.nanoTime();
        this.charTat = nextFree;
    }

    /**
     * The limiter for an engine: 5 % under its declared limits. The provider counts requests as
     * they arrive, and arrival times jitter by tens of milliseconds (connection reuse, a busy CPU
     * on either side); pacing exactly at the limit turned about 1 % of requests into 429s in the
     * benchmark (bench/TRANSLATE.md), each costing a Retry-After pause for every thread.
     */
    static RateLimiter of(EngineLimits limits) {
        return new RateLimiter(limits.requestsPerSecond() * MARGIN, (long) (limits.charsPerMinute() * MARGIN));
    }

    static final double MARGIN = 0.95;

    /** Blocks until a request may go out. */
    void acquire() throws InterruptedException {
        acquire(0);
    }

    /** Blocks until a request carrying {@code chars} characters may go out. */
    void acquire(int chars) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                long charsFreeAt = now;
                long tat = 0;
                if (nanosPerChar > 0) {
                    // GCRA: the budget is free again at charTat; up to a minute's worth may run ahead of now.
                    tat = Math.max(charTat, now) + (long) (chars * nanosPerChar);
                    charsFreeAt = tat - MINUTE;
                }
                long at = Math.max(nextFree, charsFreeAt);
                if (at <= now) {
                    if (intervalNanos > 0) {
                        nextFree = Math.max(nextFree, now - toleranceNanos) + intervalNanos;
                    }
                    if (nanosPerChar > 0) {
                        charTat = tat;
                    }
                    return;
                }
                wait = at - now;
            }
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Holds every caller back for {@code duration} from now (a provider's Retry-After). */
    void pause(Duration duration) {
        synchronized (this) {
            nextFree = Math.max(nextFree, System.nanoTime() + duration.toNanos());
        }
    }
}
