package dev.hanbridge.translate.driver;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter (a random wait between zero and the exponential cap), the
 * scheme that spreads retrying clients out best; a provider's Retry-After wins when it asks for
 * longer.
 *
 * @param maxAttempts tries in all, the first included
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * The wait before try number {@code attempt + 1}, after {@code attempt} failed tries. A
     * Retry-After of zero means at once: an engine says so when it has already changed what it
     * sends (the LLM engine dropping a parameter the model refused).
     */
    public Duration delay(int attempt, Duration retryAfter) {
        if (retryAfter != null && retryAfter.isZero()) {
            return Duration.ZERO;
        }
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() * (1L << Math.min(attempt - 1, 20)));
        long jittered = cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1);
        long wait = retryAfter == null ? jittered : Math.max(jittered, retryAfter.toMillis());
        return Duration.ofMillis(wait);
    }
}
