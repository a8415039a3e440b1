package dev.hanbridge.translate.driver;

/**
 * The next request would have passed the run's spend limit, so it was not sent and the run stops;
 * every translation stored before stays. Not an engine's failure: no fallback engine takes over,
 * since the limit is the run's.
 */
public class SpendLimitReachedException extends RuntimeException {

    /** Which limit. */
    public enum Kind {
        CHARACTERS("characters"), TOKENS("tokens");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }
    }

    private final Kind kind;
    private final long limit;
    private final long spent;

    /**
     * @param spent what the run had spent, or reserved for requests in flight, when it stopped
     * @param next what the request that was not sent would have cost (its token upper bound for tokens)
     */
    public SpendLimitReachedException(Kind kind, long limit, long spent, long next) {
        super("Stopped before passing the run's limit of " + limit + " " + kind.unit() + ": " + spent + " "
                + kind.unit() + (kind == Kind.CHARACTERS ? " sent" : " spent") + " so far, and the next request "
                + (kind == Kind.CHARACTERS ? "carries " + next : "may cost up to " + next) + ". What was translated is"
                + " kept.");
        this.kind = kind;
        this.limit = limit;
        this.spent = spent;
    }

    public Kind kind() {
        return kind;
    }

    public long limit() {
        return limit;
    }

    public long spent() {
        return spent;
    }
}
