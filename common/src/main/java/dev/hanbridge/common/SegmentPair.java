package dev.hanbridge.common;

/**
 * One aligned pair as exporters see it. {@code target} is {@code null} when the segment has not
 * been translated (for example with the {@code none} engine); exporters must mark it so, never
 * copy the source into the target.
 *
 * @param segmentId database id of the segment, stable across runs
 * @param index position of the segment within its block, from 0
 * @param origin {@code null} when untranslated
 * @param engine the engine id for machine translations, otherwise {@code null}
 * @param model the engine's model when it names one (an LLM, a custom Google model), otherwise {@code null}
 */
public record SegmentPair(long segmentId, int index, String source, String target,
        TranslationOrigin origin, String engine, String model) {

    /** A pair whose engine names no model. */
    public SegmentPair(long segmentId, int index, String source, String target, TranslationOrigin origin,
            String engine) {
        this(segmentId, index, source, target, origin, engine, null);
    }

    public boolean translated() {
        return target != null;
    }
}
