package dev.hanbridge.export;

import java.time.Instant;
import java.util.Objects;

/**
 * How the exports of a run came about, for the headers of the documents people read: the run,
 * when it started, the engine it was asked to use, and the version of hanbridge that wrote them.
 *
 * @param runId {@code null} outside a run (a writer called on its own)
 * @param runDate when the run started; {@code null} outside a run
 * @param engine the run's engine setting, e.g. {@code deepl} or {@code deepl,google}; {@code null} outside a run
 * @param toolVersion hanbridge's version, e.g. {@code 0.1.0}
 */
public record Provenance(Long runId, Instant runDate, String engine, String toolVersion) {

    public Provenance {
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** Outside a run: only the version is known. */
    public static Provenance standalone() {
        return new Provenance(null, null, null, ToolVersion.current());
    }
}
