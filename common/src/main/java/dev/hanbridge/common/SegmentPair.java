package dev.hanbridge.common;

import java.util.List;

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
 * @param findings what the QA checks found in the translation, by check and then position; empty when
 *     they found nothing, and for segments they do not check (untranslated, human)
 */
public record SegmentPair(long segmentId, int index, String source, String target,
        TranslationOrigin origin, String engine, String model, List<QualityFinding> findings) {

    public SegmentPair {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A pair without QA findings. */
    public SegmentPair(long segmentId, int index, String source, String target, TranslationOrigin origin,
            String engine, String model) {
        this(segmentId, index, source, target, origin, engine, model, List.of());
    }

    /** A pair whose engine names no model. */
    public SegmentPair(long segmentId, int index, String source, String target, TranslationOrigin origin,
            String engine) {
        this(segmentId, index, source, target, origin, engine, null);
    }

    public boolean translated() {
        return target != null;
    }

    /** The same pair with {@code findings} instead of its own. */
    public SegmentPair withFindings(List<QualityFinding> findings) {
        return new SegmentPair(segmentId, index, source, target, origin, engine, model, findings);
    }
}
