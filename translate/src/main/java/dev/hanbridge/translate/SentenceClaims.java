package dev.hanbridge.translate;

import java.util.Collection;
import java.util.Set;

/**
 * Sentences this translation driver sends for every process that translates into the same memory
 * (the workers of a distributed run): a sentence claimed by another live holder is not sent here;
 * its translation is awaited in the {@link TranslationLedger} instead. One instance per driver; the
 * application backs it with the database. A process's own threads already share their sentences
 * without it (one driver per run on one machine).
 *
 * <p>Keyed as the translation memory is: the normalised source's hash and the target language. A
 * claim is held until {@link #release}, or taken over by the next claimant when its holder is gone
 * (its process was killed) or when it has been held longer than the implementation's lease: that
 * lease bounds how long anyone waits for a sentence.
 */
public interface SentenceClaims {

    /**
     * Claims the sentences no live holder holds.
     *
     * @return the hashes this holder holds now (claimed, taken over, or held already)
     */
    Set<String> claim(Collection<String> sourceHashes, String targetLang);

    /** Gives up this holder's claims: their translations are stored, or were rejected, or the send failed. */
    void release(Collection<String> sourceHashes, String targetLang);
}
