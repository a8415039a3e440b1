package dev.hanbridge.translate;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TmHit;

/**
 * Where the driver reads the segments still to translate and stores what it got: the run's
 * translations and the translation memory. The application backs it with the database; it is
 * called by several threads at once.
 *
 * <p>The durability contract: when {@link #save} returns, the translations are committed on
 * their own, whatever transaction the caller is in, and survive a killed process. The driver
 * sends its next request only after that, which is what keeps a crash or a restart from paying
 * for a translation twice.
 */
public interface TranslationLedger {

    /** The article's segments that have no translation, in reading order. */
    List<PendingSegment> pending(long articleId);

    /** Exact translation-memory matches for the given normalised-source hashes. */
    Map<String, TmHit> lookup(Collection<String> sourceHashes, String targetLang);

    /**
     * Stores translations and feeds the machine-made ones to the memory; committed and durable on
     * return. A segment that already has a translation keeps it (the first one stored wins).
     */
    void save(List<NewTranslation> translations, long runId, String targetLang);

    /** Marks memory entries as used now. */
    void touch(Collection<String> sourceHashes, String targetLang);

    /** Records that the last engine of the chain rejected a segment for good, with the reason. */
    void recordFailure(long segmentId, long runId, String engine, String reason);
}
