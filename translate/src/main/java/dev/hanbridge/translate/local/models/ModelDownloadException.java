package dev.hanbridge.translate.local.models;

/** A pull that did not complete; the message is one line saying why and what to do. */
public class ModelDownloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelDownloadException(String message) {
        super(message);
    }

    public ModelDownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
