package dev.hanbridge.translate;

/**
 * The engine answered, but not one target per source (an LLM merged, split, dropped, added or
 * reordered segments, or answered prose instead of JSON). The driver retries the batch, then
 * splits it in halves down to single segments, so alignment never breaks; a single segment that
 * still gets a misaligned answer is treated as rejected.
 */
public class MisalignedReplyException extends PermanentTranslationException {

    public MisalignedReplyException(String engine, String message) {
        super(engine, message);
    }
}
