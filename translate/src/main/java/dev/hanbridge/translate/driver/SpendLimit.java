package dev.hanbridge.translate.driver;

/**
 * A run's spend limits, shared by its threads: source characters sent to engines (every try
 * counted, as the run's usage counts them) and tokens (input plus output, for engines that bill
 * tokens). Each request reserves what it will cost before it goes out: its characters exactly, its
 * tokens by the engine's upper bound ({@link dev.hanbridge.translate.TranslationEngine#tokenBound}).
 * A request whose reservation, added to what was spent and what other threads have reserved, would
 * pass a limit is not sent, and neither is any request after it: the run stops below its limits.
 * When an answer arrives its reservation is replaced by what it really cost.
 */
public final class SpendLimit {

    /** No limit. */
    public static final SpendLimit NONE = new SpendLimit(0, 0, 0, 0);

    private final long maxCharacters;
    private final long maxTokens;
    private long spentCharacters;
    private long spentTokens;
    private long reservedCharacters;
    private long reservedTokens;
    private SpendLimitReachedException reached;

    private SpendLimit(long maxCharacters, long maxTokens, long spentCharacters, long spentTokens) {
        this.maxCharacters = maxCharacters;
        this.maxTokens = maxTokens;
        this.spentCharacters = spentCharacters;
        this.spentTokens = spentTokens;
    }

    /**
     * @param maxCharacters characters the run may send; {@code 0} or less for no limit
     * @param maxTokens tokens the run may spend; {@code 0} or less for no limit
     * @param spentCharacters characters the run has sent already (a restarted run)
     * @param spentTokens tokens the run has spent already
     */
    public static SpendLimit of(long maxCharacters, long maxTokens, long spentCharacters, long spentTokens) {
        return new SpendLimit(Math.max(0, maxCharacters), Math.max(0, maxTokens), spentCharacters, spentTokens);
    }

    boolean limits() {
        return maxCharacters > 0 || maxTokens > 0;
    }

    /**
     * Reserves a request's cost.
     *
     * @throws SpendLimitReachedException when it would pass a limit, or a limit was reached before
     */
    synchronized Reservation reserve(int characters, long tokenBound) {
        if (reached != null) {
            throw reached;
        }
        if (maxCharacters > 0 && spentCharacters + reservedCharacters + characters > maxCharacters) {
            reached = new SpendLimitReachedException(SpendLimitReachedException.Kind.CHARACTERS, maxCharacters,
                    spentCharacters + reservedCharacters, characters);
            throw reached;
        }
        if (maxTokens > 0 && tokenBound > 0 && spentTokens + reservedTokens + tokenBound > maxTokens) {
            reached = new SpendLimitReachedException(SpendLimitReachedException.Kind.TOKENS, maxTokens,
                    spentTokens + reservedTokens, tokenBound);
            throw reached;
        }
        reservedCharacters += characters;
        reservedTokens += tokenBound;
        return new Reservation(characters, tokenBound);
    }

    /** Replaces a reservation by what the request cost. */
    synchronized void settle(Reservation reservation, long characters, long tokens) {
        reservedCharacters -= reservation.characters();
        reservedTokens -= reservation.tokens();
        spentCharacters += characters;
        spentTokens += tokens;
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
