package dev.hanbridge.translate;

import java.time.Duration;
import java.util.Optional;

/** A failure worth retrying later: HTTP 429, 5xx, a timeout, a reset connection. */
public class TransientTranslationException extends TranslationException {

    private final Duration retryAfter;

    public TransientTranslationException(String engine, String message, Duration retryAfter, Throwable cause) {
        super(engine, message, cause);
        this.retryAfter = retryAfter;
    }

    public TransientTranslationException(String engine, String message) {
        this(engine, message, null, null);
    }

    /** The wait the provider asked for (Retry-After), if it asked. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
