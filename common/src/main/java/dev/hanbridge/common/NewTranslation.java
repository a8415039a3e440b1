package dev.hanbridge.common;

/** A translation to store for one segment. {@code engine} and {@code model} may be {@code null}. */
public record NewTranslation(long segmentId, String sourceText, String sourceHash, String targetText,
        TranslationOrigin origin, String engine, String model) {
}
