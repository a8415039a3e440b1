package dev.hanbridge.ingest.text;

import org.apache.tika.exception.TikaException;

/**
 * How our parsers say that a document cannot become an article: Tika's exception type (so it
 * passes through Tika's composite parsers unchanged), carrying a reason a person can act on,
 * e.g. {@code "HWP 3.0 is not supported; save it as HWP 5 or HWPX"}.
 */
public class UnreadableContentException extends TikaException {

    private final String reason;

    public UnreadableContentException(String reason) {
        this(reason, null);
    }

    public UnreadableContentException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** The innermost message of a failure (the one that says what was wrong), at most 200 characters. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        String text = root.getClass().getSimpleName() + (message != null ? ": " + message : "");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
