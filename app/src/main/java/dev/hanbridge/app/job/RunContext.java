package dev.hanbridge.app.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.export.Provenance;
import dev.hanbridge.export.ToolVersion;

/** A run's settings as its steps need them, read from the run's stored record. */
record RunContext(long runId, List<Path> inputs, String engine, Set<ExportFormat> formats, String sourceLang,
        String targetLang, Path outDir, Instant startedAt) {

    /** The run's folder of per-article files. */
    Path runDir() {
        return outDir.resolve("run-" + runId);
    }

    /** The run's bundle, beside its folder. */
    Path bundleZip() {
        return outDir.resolve("hanbridge-run-" + runId + ".zip");
    }

    /** What the run's exports say about how they came about. */
    Provenance provenance() {
        return new Provenance(runId, startedAt, engine, ToolVersion.current());
    }

    /**
     * The name a source goes by in exports and the manifest: relative to the input it came from,
     * so that no file leaves with the operator's absolute paths (see {@link SourceNames}).
     */
    String sourceName(String sourceUri) {
        return SourceNames.relative(sourceUri, inputs);
    }

    static RunContext of(RunRecord run) {
        List<Path> inputs = Arrays.stream(run.inputs().split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
        return new RunContext(run.id(), inputs, run.engine(), ExportFormat.parseList(run.formats()), run.sourceLang(),
                run.targetLang(), Path.of(run.outDir()), run.startedAt());
    }
}
