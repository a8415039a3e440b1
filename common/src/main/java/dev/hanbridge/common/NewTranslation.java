package dev.hanbridge.common;

/**
 * A translation to store for one segment. {@code engine} and {@code model} may be {@code null}.
 *
 * @param score the match percent when the target was taken from translation memory (100 for an exact
 *     match, less for a fuzzy one); {@code null} for a new translation. A translation with a score is
 *     not fed back to the memory: the memory already has it, or it belongs to another sentence.
 */
public record NewTranslation(long segmentId, String sourceText, String sourceHash, String targetText,
        TranslationOrigin origin, String engine, String model, Double score) {

    /** A new translation, not taken from memory. */
    public NewTranslation(long segmentId, String sourceText, String sourceHash, String targetText,
            TranslationOrigin origin, String engine, String model) {
        this(segmentId, sourceText, sourceHash, targetText, origin, engine, model, null);
    }

    /** True when the target came from translation memory. */
    public boolean fromMemory() {
        return score != null;
    }
}
