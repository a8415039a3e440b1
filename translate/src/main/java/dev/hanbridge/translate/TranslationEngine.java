package dev.hanbridge.translate;

import java.util.List;

/**
 * A machine-translation engine. Batch-first and stateless: one request carries an ordered list of
 * source segments, the answer is exactly one target per source, in the same order.
 *
 * <p>An engine never echoes the source when it cannot translate (that would put Korean on both
 * sides of a TMX): it throws a {@link TranslationException} whose type says whether to retry
 * ({@link TransientTranslationException}), skip the input ({@link PermanentTranslationException};
 * {@link MisalignedReplyException} when the answer did not line up), or stop the run
 * ({@link EngineConfigurationException}, {@link QuotaExceededException}). Constructors never
 * touch the network. Engines are called by several threads at once.
 */
public interface TranslationEngine {

    /** Stable id used in configuration and in stored translations, e.g. {@code "deepl"}. */
    String id();

    /** What one request may carry and how fast requests may go. */
    EngineLimits limits();

    /**
     * Translates {@code request.texts()}, which the caller has already cut to {@link #limits()}.
     *
     * @return one target per source, in order
     */
    List<String> translate(TranslationRequest request);

    /**
     * Like {@link #translate}, with what the provider reported the request cost (billed characters,
     * tokens). Engines that learn such figures override this and implement {@link #translate} with
     * it; the driver calls this one.
     */
    default TranslationReply translateWithUsage(TranslationRequest request) {
        return TranslationReply.of(translate(request));
    }

    /**
     * False only for the prepare-only {@code none} engine: the translate step then applies
     * translation memory and leaves everything else untranslated instead of calling
     * {@link #translate}.
     */
    default boolean machineTranslates() {
        return true;
    }

    /**
     * Whether the engine sends the request's context (title, neighbouring segments) to the
     * provider. Segments of different articles share a request only when no engine of the chain
     * does, since one request carries one context.
     */
    default boolean usesContext() {
        return false;
    }

    /** The model or engine version to record beside each translation, when the engine knows it. */
    default String model() {
        return null;
    }

    /**
     * The engines to try in order: a segment goes to the next one only when every earlier one
     * rejected it for good. A plain engine is a chain of itself; {@code --engine deepl,google}
     * makes a chain of two.
     */
    default List<TranslationEngine> chain() {
        return List.of(this);
    }
}
