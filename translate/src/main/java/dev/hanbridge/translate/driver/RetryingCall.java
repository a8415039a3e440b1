package dev.hanbridge.translate.driver;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/**
 * One request to one engine, tried until it is answered in line or fails for good. Each try waits
 * for the engine's shared rate limiter. A transient failure (429, 5xx, timeout) is retried after a
 * backoff with full jitter, never shorter than the provider's Retry-After, which also pauses every
 * other thread through the limiter. An answer that does not line up is tried once more (LLM
 * servers are not deterministic), then thrown for the caller to split the batch. Every try, and
 * what the provider said it cost, goes on the meter.
 */
final class RetryingCall {

    private static final Logger log = LoggerFactory.getLogger(RetryingCall.class);
    private static final int MISALIGNED_TRIES = 2;

    private final RetryPolicy retry;

    RetryingCall(RetryPolicy retry) {
        this.retry = retry;
    }

    /**
     * @return one target per source of {@code request}, in order
     * @throws dev.hanbridge.translate.PermanentTranslationException when the engine rejects the
     *         input, or still answers out of line after its second try
     */
    List<String> call(Link link, UsageMeter meter, TranslationRequest request) {
        int transientFailures = 0;
        int misaligned = 0;
        while (true) {
            try {
                link.limiter().acquire(request.chars());
                meter.requests++;
                meter.characters += request.chars();
                TranslationReply reply = link.engine().translate(request);
                meter.billed += reply.billedCharacters();
                meter.inputTokens += reply.inputTokens();
                meter.outputTokens += reply.outputTokens();
                checkAligned(link.id(), request, reply);
                return reply.targets();
            } catch (MisalignedReplyException m) {
                meter.inputTokens += m.inputTokens();
                meter.outputTokens += m.outputTokens();
                if (++misaligned >= MISALIGNED_TRIES) {
                    throw m;
                }
                log.warn("{}; trying the batch of {} once more", m.getMessage(), request.texts().size());
                meter.retries++;
            } catch (TransientTranslationException t) {
                if (++transientFailures >= retry.maxAttempts()) {
                    throw t;
                }
                t.retryAfter().ifPresent(link.limiter()::pause);
                Duration wait = retry.delay(transientFailures, t.retryAfter().orElse(null));
                log.warn("{} (try {} of {}); retrying in {} ms", t.getMessage(), transientFailures,
                        retry.maxAttempts(), wait.toMillis());
                meter.retries++;
                sleep(link.id(), wait);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new TransientTranslationException(link.id(), "interrupted while waiting to call " + link.id(),
                        null, ie);
            }
        }
    }

    /** The one check that an answer lines up: one target per source, none missing. */
    private static void checkAligned(String engine, TranslationRequest request, TranslationReply reply) {
        if (reply.targets().size() != request.texts().size() || reply.targets().contains(null)) {
            throw new MisalignedReplyException(engine, engine + " returned " + reply.targets().stream()
                    .filter(t -> t != null).count() + " translations for " + request.texts().size() + " segments");
        }
    }

    private static void sleep(String engine, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new TransientTranslationException(engine, "interrupted while backing off from " + engine, null, ie);
        }
    }
}
