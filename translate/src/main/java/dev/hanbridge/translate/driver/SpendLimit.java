package dev.hanbridge.translate.driver;

import java.util.Optional;

import dev.hanbridge.translate.SpendLedger;

/**
 * A run's spend limits, shared by its threads: source characters sent to engines (every try
 * counted, as the run's usage counts them) and tokens (input plus output, for engines that bill
 * tokens). Each request reserves what it will cost before it goes out: its characters exactly, its
 * tokens by the engine's upper bound ({@link dev.hanbridge.translate.TranslationEngine#tokenBound}).
 * A request whose reservation, added to what was spent and what other threads have reserved, would
 * pass a limit is not sent, and neither is any request after it: the run stops below its limits.
 * When an answer arrives its reservation is replaced by what it really cost.
 *
 * <p>A {@link #shared shared} limit keeps the reservations in a {@link SpendLedger} instead of here,
 * so that every process translating for the run (the workers of a distributed run) reserves
 * against the same total: one round trip to the ledger per request, and one more when a request
 * cost other than it reserved.
 */
public final class SpendLimit {

    /** No limit. */
    public static final SpendLimit NONE = new SpendLimit(0, 0, 0, 0, null, 0);

    private final long maxCharacters;
    private final long maxTokens;
    private final SpendLedger ledger;
    private final long runId;
    private long spentCharacters;
    private long spentTokens;
    private long reservedCharacters;
    private long reservedTokens;
    private volatile SpendLimitReachedException reached;

    private SpendLimit(long maxCharacters, long maxTokens, long spentCharacters, long spentTokens,
            SpendLedger ledger, long runId) {
        this.maxCharacters = maxCharacters;
        this.maxTokens = maxTokens;
        this.spentCharacters = spentCharacters;
        this.spentTokens = spentTokens;
        this.ledger = ledger;
        this.runId = runId;
    }

    /**
     * @param maxCharacters characters the run may send; {@code 0} or less for no limit
     * @param maxTokens tokens the run may spend; {@code 0} or less for no limit
     * @param spentCharacters characters the run has sent already (a restarted run)
     * @param spentTokens tokens the run has spent already
     */
    public static SpendLimit of(long maxCharacters, long maxTokens, long spentCharacters, long spentTokens) {
        return new SpendLimit(Math.max(0, maxCharacters), Math.max(0, maxTokens), spentCharacters, spentTokens, null,
                0);
    }

    /**
     * Limits kept in {@code ledger} for the run, with whatever other processes reserve there; with no
     * limit, none (nothing is asked of the ledger).
     */
    public static SpendLimit shared(long runId, long maxCharacters, long maxTokens, SpendLedger ledger) {
        if (maxCharacters <= 0 && maxTokens <= 0) {
            return NONE;
        }
        return new SpendLimit(Math.max(0, maxCharacters), Math.max(0, maxTokens), 0, 0, ledger, runId);
    }

    boolean limits() {
        return maxCharacters > 0 || maxTokens > 0;
    }

    /**
     * Reserves a request's cost.
     *
     * @throws SpendLimitReachedException when it would pass a limit, or a limit was reached before
     */
    Reservation reserve(int characters, long tokenBound) {
        if (reached != null) {
            throw reached;
        }
        if (ledger == null) {
            return reserveHere(characters, tokenBound);
        }
        if (!limits()) {
            return new Reservation(characters, tokenBound);
        }
        Optional<SpendLedger.Spent> refused = ledger.reserve(runId, characters, tokenBound, maxCharacters, maxTokens);
        if (refused.isEmpty()) {
            return new Reservation(characters, tokenBound);
        }
        SpendLedger.Spent spent = refused.get();
        throw reach(maxCharacters > 0 && spent.characters() + characters > maxCharacters
                ? new SpendLimitReachedException(SpendLimitReachedException.Kind.CHARACTERS, maxCharacters,
                        spent.characters(), characters)
                : new SpendLimitReachedException(SpendLimitReachedException.Kind.TOKENS, maxTokens, spent.tokens(),
                        tokenBound));
    }

    private synchronized Reservation reserveHere(int characters, long tokenBound) {
        if (maxCharacters > 0 && spentCharacters + reservedCharacters + characters > maxCharacters) {
            throw reach(new SpendLimitReachedException(SpendLimitReachedException.Kind.CHARACTERS, maxCharacters,
                    spentCharacters + reservedCharacters, characters));
        }
        if (maxTokens > 0 && tokenBound > 0 && spentTokens + reservedTokens + tokenBound > maxTokens) {
            throw reach(new SpendLimitReachedException(SpendLimitReachedException.Kind.TOKENS, maxTokens,
                    spentTokens + reservedTokens, tokenBound));
        }
        reservedCharacters += characters;
        reservedTokens += tokenBound;
        return new Reservation(characters, tokenBound);
    }

    /** The first stop is kept: every thread of the run stops with the same one. */
    private synchronized SpendLimitReachedException reach(SpendLimitReachedException stop) {
        if (reached == null) {
            reached = stop;
        }
        return reached;
    }

    /** Replaces a reservation by what the request cost. */
    void settle(Reservation reservation, long characters, long tokens) {
        if (ledger != null) {
            if (limits()) {
                ledger.settle(runId, characters - reservation.characters(), tokens - reservation.tokens());
            }
            return;
        }
        synchronized (this) {
            reservedCharacters -= reservation.characters();
            reservedTokens -= reservation.tokens();
            spentCharacters += characters;
            spentTokens += tokens;
        }
    }

    synchronized long spentCharacters() {
        return spentCharacters;
    }

    synchronized long spentTokens() {
        return spentTokens;
    }

    /** What one request reserved. */
    record Reservation(long characters, long tokens) {
    }
}
