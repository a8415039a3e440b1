package dev.hanbridge.translate.driver;

import java.time.Duration;
import java.util.List;

import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationException;
import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.TranslationRequest.TranslationContext;

/**
 * Sends one short Korean sentence to an engine the way a run would (a refused parameter learned
 * and the request tried again, a 429 or timeout retried a few times), so that a set-up can be
 * checked before cron trusts it: {@code hanbridge engines --check}.
 */
public final class EngineCheck {

    /** Short, plain and with a number, so that any working engine translates it recognisably. */
    public static final String SENTENCE = "서울시는 내년 예산을 3% 늘리겠다고 밝혔다.";

    /** Fewer and shorter retries than a run: a person is waiting. */
    static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(2));

    private final RetryPolicy retry;

    public EngineCheck() {
        this(RETRY);
    }

    EngineCheck(RetryPolicy retry) {
        this.retry = retry;
    }

    /**
     * What checking one engine found.
     *
     * @param translation the engine's translation of {@link #SENTENCE}, when it answered
     * @param problem why it failed, as the run would have said it (credentials, model, refused
     *        parameter, unreachable server), when it failed
     */
    public record Result(String engine, String model, boolean ok, String translation, Duration took,
            String problem) {
    }

    /** Sends {@link #SENTENCE} to {@code engine}; never throws for what the engine does. */
    public Result check(TranslationEngine engine, String targetLang) {
        Link link = Link.of(engine);
        TranslationRequest request = new TranslationRequest("ko", targetLang, List.of(SENTENCE),
                TranslationContext.NONE);
        long start = System.nanoTime();
        try {
            List<String> targets = new RetryingCall(retry, SpendLimit.NONE).call(link, new UsageMeter(), request);
            return new Result(link.id(), engine.info().model(), true, targets.get(0), since(start), null);
        } catch (TranslationException e) {
            // Retries were made, and are over: a message that promises another would mislead.
            String problem = String.valueOf(e.getMessage()).replace("; will retry after", "; asked to wait")
                    .replace("; will retry", "");
            return new Result(link.id(), engine.info().model(), false, null, since(start), problem);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
