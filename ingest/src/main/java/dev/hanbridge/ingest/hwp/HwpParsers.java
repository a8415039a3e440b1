package dev.hanbridge.ingest.hwp;

import dev.hanbridge.ingest.text.UnreadableContentException;

/** Shared wording of failures. */
final class HwpParsers {

    private HwpParsers() {
    }

    /**
     * A file hwplib or hwpxlib could not read. Both declare {@code throws Exception} on everything
     * they read, so an interruption arrives here too and is passed on.
     */
    static UnreadableContentException damaged(String format, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new UnreadableContentException("the " + format + " file is damaged and cannot be read ("
                + UnreadableContentException.describe(e) + ")", e);
    }
}
