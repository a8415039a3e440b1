package dev.hanbridge.ingest.text;

/** The bytes are not text in any encoding we accept; the message starts with {@code "not text: "}. */
public class NotTextException extends Exception {

    public NotTextException(String detail) {
        super("not text: " + detail);
    }
}
