package dev.hanbridge.ingest;

import java.nio.file.Path;

/** Helpers for tests in this package. */
final class Fixtures {

    private Fixtures() {
    }

    static Source file(Path path) {
        return new FileSource(path);
    }
}
