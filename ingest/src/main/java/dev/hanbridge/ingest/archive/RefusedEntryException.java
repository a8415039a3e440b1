package dev.hanbridge.ingest.archive;

import java.io.IOException;

/** Reading an entry stopped: it inflated past what its archive declares, or its data is damaged. */
final class RefusedEntryException extends IOException {

    private final String reason;

    RefusedEntryException(String entryName, String reason) {
        super(entryName + ": " + reason);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
