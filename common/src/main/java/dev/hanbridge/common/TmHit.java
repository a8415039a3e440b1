package dev.hanbridge.common;

/** A translation memory entry found for a normalised source. */
public record TmHit(String sourceHash, String targetText, TranslationOrigin origin, String engine) {
}
