package dev.hanbridge.common;

import java.util.List;

/**
 * One aligned pair as exporters see it. {@code target} is {@code null} when the segment has not
 * been translated (for example with the {@code none} engine); exporters must mark it so, never
 * copy the source into the target.
 *
 * @param segmentId database id of the segment; a new version of the article gets new ids (exports
 *     name segments by {@link SegmentKeys} instead)
 * @param index position of the segment within its block, from 0
 * @param origin {@code null} when untranslated
 * @param engine the engine id for machine translations, otherwise {@code null}
 * @param model the engine's model when it names one (an LLM, a custom Google model), otherwise {@code null}
 * @param findings what the QA checks found in the translation, by check and then position; empty when
 *     they found nothing, and for segments they do not check (untranslated, human)
 * @param matches the fuzzy translation-memory matches the segment was offered, best first
 */
public record SegmentPair(long segmentId, int index, String source, String target,
        TranslationOrigin origin, String engine, String model, List<QualityFinding> findings,
        List<MemoryMatch> matches) {

    public SegmentPair {
        findings = findings == null ? List.of() : List.copyOf(findings);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    /** A pair without QA findings or memory matches. */
    public SegmentPair(long segmentId, int index, String source, String target, TranslationOrigin origin,
            String engine, String model) {
        this(segmentId, index, source, target, origin, engine, model, List.of(), List.of());
    }

    /** A pair whose engine names no model. */
    public SegmentPair(long segmentId, int index, String source, String target, TranslationOrigin origin,
            String engine) {
        this(segmentId, index, source, target, origin, engine, null);
    }

    public boolean translated() {
        return target != null;
    }

    /** True when a person made or confirmed the target: exports mark it final. */
    public boolean human() {
        return origin == TranslationOrigin.HUMAN;
    }

    /** The same pair with {@code findings} instead of its own. */
    public SegmentPair withFindings(List<QualityFinding> findings) {
        return new SegmentPair(segmentId, index, source, target, origin, engine, model, findings, matches);
    }

    /** The same pair with {@code matches} instead of its own. */
    public SegmentPair withMatches(List<MemoryMatch> matches) {
        return new SegmentPair(segmentId, index, source, target, origin, engine, model, findings, matches);
    }
}
