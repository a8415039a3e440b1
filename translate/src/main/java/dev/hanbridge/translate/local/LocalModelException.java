package dev.hanbridge.translate.local;

/**
 * A model folder that cannot be used: a missing or damaged file, or a setting the runtime does not
 * implement. The message names the folder or file and what to do.
 */
public class LocalModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LocalModelException(String message) {
        super(message);
    }

    public LocalModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
