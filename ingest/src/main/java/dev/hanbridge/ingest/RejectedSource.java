package dev.hanbridge.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A source found while scanning that must not be read (an unsafe or oversized archive entry, a
 * damaged archive). It still comes out of the scan so that the run reports it instead of
 * silently dropping it; opening it fails with the reason.
 */
record RejectedSource(String uri, String name, String reason) implements Source {

    @Override
    public long size() {
        return -1;
    }

    @Override
    public InputStream open() throws IOException {
        throw new IOException(name + ": " + reason);
    }

    @Override
    public String toString() {
        return uri;
    }
}
