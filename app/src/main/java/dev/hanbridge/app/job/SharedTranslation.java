package dev.hanbridge.app.job;

import java.time.Duration;
import java.util.function.Supplier;

import dev.hanbridge.store.SpendLimits;
import dev.hanbridge.translate.SentenceClaims;
import dev.hanbridge.translate.driver.SpendLimit;
import dev.hanbridge.translate.memory.FuzzyMemory;

/**
 * What a translate partition of a distributed run shares with the run's other partitions, on
 * whichever worker they run: the sentences in flight and the spend limits; and with the other
 * partitions of the same worker, the fuzzy index. A worker's context provides it (app/distributed);
 * a single-machine run has none, and its one driver keeps all three for all its threads without a
 * database round trip.
 */
public interface SharedTranslation {

    /** Claims for one new driver, a holder of its own. */
    SentenceClaims claims();

    /** How often a driver waiting for a sentence another holds looks in memory for it. */
    Duration claimPoll();

    /**
     * The run's limits, kept in the database with every partition's reservations.
     *
     * @param spentCharacters what the run's usage says it has sent (counted once, when the run's shared
     *        total is first made)
     */
    SpendLimit spendLimit(long runId, SpendLimits limits, long spentCharacters, long spentTokens);

    /**
     * The worker's fuzzy memory of {@code targetLang}, made by {@code create} for the first partition
     * that needs it and kept for every later one, of this run and the next: it catches up with the
     * units stored since before each lookup, so a partition does not index the whole memory again
     * (7 s of CPU and 156 MB at a million units, bench/FUZZY.md).
     */
    FuzzyMemory fuzzyMemory(String targetLang, Supplier<FuzzyMemory> create);
}
