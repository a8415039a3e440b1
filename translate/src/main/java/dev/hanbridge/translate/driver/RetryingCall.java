package dev.hanbridge.translate.driver;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/**
 * One request to one engine, tried until it is answered in line or fails for good. Each try passes
 * the engine's health (the first request of an engine goes alone, a stopped engine gets none), the
 * run's spend limit and the engine's shared rate limiter. A transient failure (429, 5xx, timeout)
 * is retried after a backoff with full jitter, never shorter than the provider's Retry-After, which
 * also pauses every other thread through the limiter. An answer that does not line up is tried once
 * more (LLM servers are not deterministic) when the engine has answered in line before, then thrown
 * for the caller to split the batch. Every try, and what the provider said it cost, goes on the
 * meter and the spend limit.
 */
final class RetryingCall {

    private static final Logger log = LoggerFactory.getLogger(RetryingCall.class);
    private static final int MISALIGNED_TRIES = 2;

    private final RetryPolicy retry;
    private final SpendLimit spend;

    RetryingCall(RetryPolicy retry, SpendLimit spend) {
        this.retry = retry;
        this.spend = spend;
    }

    /**
     * @return one target per source of {@code request}, in order
     * @throws dev.hanbridge.translate.PermanentTranslationException when the engine rejects the
     *         input, or still answers out of line after its last try
     * @throws SpendLimitReachedException when the request would pass the run's spend limit: not sent
     * @throws dev.hanbridge.translate.TranslationException the failure that stopped the engine:
     *         configuration, quota, or transient failures past the last try
     */
    List<String> call(Link link, UsageMeter meter, TranslationRequest request) {
        boolean first;
        try {
            first = link.health().enter();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new TransientTranslationException(link.id(), "interrupted while waiting to call " + link.id(), null,
                    ie);
        }
        try {
            return tries(link, meter, request);
        } finally {
            link.health().leave(first);
        }
    }

    private List<String> tries(Link link, UsageMeter meter, TranslationRequest request) {
        int transientFailures = 0;
        int misaligned = 0;
        long tokenBound = spend.limits() ? link.engine().tokenBound(request) : 0;
        while (true) {
            SpendLimit.Reservation reservation = spend.reserve(request.chars(), tokenBound);
            long sent = 0;
            long tokens = 0;
            try {
                link.limiter().acquire(request.chars());
                meter.requests++;
                meter.characters += request.chars();
                sent = request.chars();
                TranslationReply reply = link.engine().translate(request);
                tokens = reply.inputTokens() + reply.outputTokens();
                meter.billed += reply.billedCharacters();
                meter.inputTokens += reply.inputTokens();
                meter.outputTokens += reply.outputTokens();
                meter.reasoningTokens += reply.reasoningTokens();
                checkAligned(link.id(), request, reply);
                link.health().answered();
                return reply.targets();
            } catch (MisalignedReplyException m) {
                tokens += m.inputTokens() + m.outputTokens();
                meter.inputTokens += m.inputTokens();
                meter.outputTokens += m.outputTokens();
                meter.reasoningTokens += m.reasoningTokens();
                // A second try is for a working model's bad moment; a model that has never answered
                // in line shows what it does faster on single segments.
                if (++misaligned >= (link.health().hasAnswered() ? MISALIGNED_TRIES : 1)) {
                    throw m;
                }
                log.warn("{}; trying the batch of {} once more", m.getMessage(), request.texts().size());
                meter.retries++;
            } catch (TransientTranslationException t) {
                if (++transientFailures >= retry.maxAttempts()) {
                    link.health().stop(t);
                    throw t;
                }
                t.retryAfter().ifPresent(link.limiter()::pause);
                Duration wait = retry.delay(transientFailures, t.retryAfter().orElse(null));
                log.warn("{} (try {} of {}); retrying in {} ms", t.getMessage(), transientFailures,
                        retry.maxAttempts(), wait.toMillis());
                meter.retries++;
                sleep(link.id(), wait);
            } catch (EngineConfigurationException | QuotaExceededException stop) {
                link.health().stop(stop);
                throw stop;
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new TransientTranslationException(link.id(), "interrupted while waiting to call " + link.id(),
                        null, ie);
            } finally {
                spend.settle(reservation, sent, tokens);
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
