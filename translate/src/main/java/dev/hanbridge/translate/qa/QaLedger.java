package dev.hanbridge.translate.qa;

import java.util.Collection;
import java.util.List;

import dev.hanbridge.common.SegmentPair;

/**
 * Where {@link QaRecorder} finds the translations to check and stores what it found. The
 * application backs it with the database; it is called by several threads at once, for different
 * articles.
 */
public interface QaLedger {

    /**
     * The articles' stored machine and memory translations that checker version {@code checkerVersion}
     * has not checked as they are now (never checked, checked by an older checker, or changed since).
     */
    List<SegmentPair> unchecked(Collection<Long> articleIds, int checkerVersion);

    /**
     * Stores each pair's {@link SegmentPair#findings()} (empty when it passed) as the result of checker
     * version {@code checkerVersion}, replacing earlier results for those segments.
     */
    void record(List<SegmentPair> checked, int checkerVersion);
}
