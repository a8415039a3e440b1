package dev.hanbridge.translate;

import java.util.Optional;

/**
 * Where a run's spending is reserved when several processes translate for it at once (the workers
 * of a distributed run), so that together they keep to its limits. The application backs it with
 * the database; each call is atomic across processes and committed on its own.
 */
public interface SpendLedger {

    /**
     * Adds a request's cost to what the run has spent or reserved, unless the sum would pass a
     * limit.
     *
     * @param maxCharacters the run's character limit; 0 for none
     * @param maxTokens the run's token limit; 0 for none (tokens are checked only when {@code tokens > 0})
     * @return empty when reserved; otherwise what the run had spent or reserved, nothing added
     */
    Optional<Spent> reserve(long runId, long characters, long tokens, long maxCharacters, long maxTokens);

    /** Adds what a request cost beyond its reservation (negative when less). */
    void settle(long runId, long characters, long tokens);

    /** Characters and tokens a run has sent or reserved. */
    record Spent(long characters, long tokens) {
    }
}
