package dev.hanbridge.translate;

/**
 * The engine answered, but not one target per source (an LLM merged, split, dropped, added or
 * reordered segments, or answered prose instead of JSON). The driver retries the batch, then
 * splits it in halves down to single segments, so alignment never breaks; a single segment that
 * still gets a misaligned answer is treated as rejected. The tokens the useless answer cost are
 * carried along so that usage still counts them.
 */
public class MisalignedReplyException extends PermanentTranslationException {

    private final long inputTokens;
    private final long outputTokens;
    private final long reasoningTokens;

    public MisalignedReplyException(String engine, String message) {
        this(engine, message, 0, 0);
    }

    public MisalignedReplyException(String engine, String message, long inputTokens, long outputTokens) {
        this(engine, message, inputTokens, outputTokens, 0);
    }

    /** @param reasoningTokens the part of {@code outputTokens} a reasoning model spent thinking */
    public MisalignedReplyException(String engine, String message, long inputTokens, long outputTokens,
            long reasoningTokens) {
        super(engine, message);
        this.inputTokens = inputTokens;
        this.outputTokens = outputTokens;
        this.reasoningTokens = reasoningTokens;
    }

    public long inputTokens() {
        return inputTokens;
    }

    public long outputTokens() {
        return outputTokens;
    }

    public long reasoningTokens() {
        return reasoningTokens;
    }
}
