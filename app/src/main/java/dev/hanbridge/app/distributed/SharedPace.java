package dev.hanbridge.app.distributed;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.hanbridge.store.EnginePaceStore;
import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.EngineSpec;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/**
 * An engine's rate limits kept by all workers together. On one machine the translation driver's
 * limiter spaces the requests of every thread; with several workers each would have its own and
 * together they would send the limit times the number of workers. So in a distributed run each
 * rate-limited engine reserves its request slots in the database ({@link EnginePaceStore}), whatever
 * the number of workers, and tells the driver it has no rate limit of its own to keep. A provider's
 * Retry-After pauses every worker. An engine without rate limits is left as it is: no database
 * round trip per request.
 *
 * <p>Dividing the rate by the number of workers was the other way: no shared state, but a worker
 * that joins or leaves mid-run changes the share of the others, and an idle worker's share is lost.
 */
final class SharedPace {

    /** 5 % under the declared limits, as the driver's own limiter (RateLimiter.MARGIN). */
    static final double MARGIN = 0.95;

    private SharedPace() {
    }

    /** The provider whose engines keep their rate limits through {@code pace}. */
    static TranslationEngineProvider wrap(TranslationEngineProvider provider, EnginePaceStore pace) {
        return new TranslationEngineProvider() {
            @Override
            public EngineSpec spec() {
                return provider.spec();
            }

            @Override
            public Optional<TranslationEngine> create(EngineSettings settings) {
                return provider.create(settings).map(engine -> paced(engine, pace));
            }
        };
    }

    static TranslationEngine paced(TranslationEngine engine, EnginePaceStore pace) {
        EngineLimits limits = engine.info().limits();
        if (limits.requestsPerSecond() == 0 && limits.charsPerMinute() == 0) {
            return engine;
        }
        long intervalMicros = limits.requestsPerSecond() == 0 ? 0
                : (long) (TimeUnit.SECONDS.toMicros(1) / (limits.requestsPerSecond() * MARGIN));
        double microsPerChar = limits.charsPerMinute() == 0 ? 0
                : TimeUnit.MINUTES.toMicros(1) / (limits.charsPerMinute() * MARGIN);
        EngineInfo info = engine.info();
        EngineInfo unpaced = new EngineInfo(info.id(), new EngineLimits(limits.maxSegments(), limits.maxChars(),
                limits.maxBytes(), 0, 0), info.model(), info.usesContext());
        return new TranslationEngine() {
            @Override
            public EngineInfo info() {
                return unpaced;
            }

            @Override
            public TranslationReply translate(TranslationRequest request) {
                long wait = pace.reserve(info.id(), intervalMicros, microsPerChar, request.chars());
                sleep(info.id(), wait);
                try {
                    return engine.translate(request);
                } catch (TransientTranslationException e) {
                    e.retryAfter().ifPresent(after -> pace.pause(info.id(), TimeUnit.NANOSECONDS.toMicros(after.toNanos())));
                    throw e;
                }
            }
        };
    }

    private static void sleep(String engine, long micros) {
        if (micros <= 0) {
            return;
        }
        try {
            TimeUnit.MICROSECONDS.sleep(micros);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientTranslationException(engine, "interrupted while waiting for " + engine
                    + "'s shared rate limit", null, e);
        }
    }
}
