package dev.hanbridge.translate;

/**
 * A machine-translation engine: one method, and a record that describes it. Batch-first and
 * stateless: one request carries an ordered list of source segments, the answer holds one target
 * per source, in the same order. The driver checks that the answer lines up (count, no gaps), so
 * an engine passes on what its provider said.
 *
 * <p>An engine never echoes the source when it cannot translate (that would put Korean on both
 * sides of a TMX): it throws a {@link TranslationException} whose type says whether to retry
 * ({@link TransientTranslationException}), skip the input ({@link PermanentTranslationException};
 * {@link MisalignedReplyException} when the answer did not line up), or stop the run
 * ({@link EngineConfigurationException}, {@link QuotaExceededException}). Engines are created by a
 * {@link TranslationEngineProvider}, never touch the network while being created, and are called
 * by several threads at once.
 */
public interface TranslationEngine {

    /** Its id, limits, model and whether it sends context; the same for the engine's whole life. */
    EngineInfo info();

    /**
     * Translates {@code request.texts()}, which the caller has already cut to {@code info().limits()}.
     *
     * @return the targets, one per source in order, and what the provider said the request cost
     */
    TranslationReply translate(TranslationRequest request);

    /**
     * At most how many tokens (input and output together) {@code request} can cost, for a run's
     * token spend limit, which is checked before each request goes out. {@code 0}, the default,
     * for engines that do not bill tokens.
     */
    default long tokenBound(TranslationRequest request) {
        return 0;
    }
}
