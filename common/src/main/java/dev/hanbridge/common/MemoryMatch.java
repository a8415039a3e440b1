package dev.hanbridge.common;

import java.util.Objects;

/**
 * A translation-memory unit offered for a segment: a similar sentence and its translation.
 *
 * @param percent how similar the unit's source is to the segment's, 50–100 (100 only for the same
 *     sentence after normalising spaces and Unicode)
 * @param origin how the unit's target was made: {@code HUMAN} for a person's translation, {@code MT}
 *     for an engine's
 */
public record MemoryMatch(int percent, String source, String target, TranslationOrigin origin) {

    public MemoryMatch {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(origin, "origin");
    }
}
