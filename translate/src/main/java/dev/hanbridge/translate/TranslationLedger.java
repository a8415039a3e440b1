package dev.hanbridge.translate;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TmHit;

/**
 * Where the translator reads the segments still to translate and stores what it got: the
 * translation memory and the run's translations. The application backs it with the database.
 * {@link #save} must be durable when it returns, whatever transaction the caller is in: that is
 * what keeps a crash from paying twice for a translation.
 */
public interface TranslationLedger {

    /** The article's segments that have no translation, in reading order. */
    List<PendingSegment> pending(long articleId);

    /** Exact translation-memory matches for the given normalised-source hashes. */
    Map<String, TmHit> lookup(Collection<String> sourceHashes, String targetLang);

    /** Stores translations and adds them to the memory; committed and durable on return. */
    void save(List<NewTranslation> translations, long runId, String targetLang);

    /** Marks memory entries as used now. */
    void touch(Collection<String> sourceHashes, String targetLang);

    /** Records that the last engine rejected a segment for good, with the reason. */
    void recordFailure(long segmentId, long runId, String engine, String reason);
}
