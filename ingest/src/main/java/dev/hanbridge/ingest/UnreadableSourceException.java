package dev.hanbridge.ingest;

/**
 * A source that cannot become an article. {@link #getMessage()} names the source (its file name,
 * never its text) and says why, in words a person can act on, e.g.
 * {@code "old.hwp: HWP 3.0 is not supported; save it as HWP 5 or HWPX"}.
 */
public class UnreadableSourceException extends Exception {

    private final String sourceName;
    private final String reason;

    public UnreadableSourceException(String sourceName, String reason) {
        this(sourceName, reason, null);
    }

    public UnreadableSourceException(String sourceName, String reason, Throwable cause) {
        super(sourceName + ": " + reason, cause);
        this.sourceName = sourceName;
        this.reason = reason;
    }

    /** The file or entry name the message is about. */
    public String sourceName() {
        return sourceName;
    }

    /** The reason alone, without the source name. */
    public String reason() {
        return reason;
    }
}
