package dev.hanbridge.app.job;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.store.RunRecord;

/** A run's settings as its steps need them, read from the run's stored record. */
record RunContext(long runId, List<Path> inputs, String engine, Set<ExportFormat> formats, String targetLang,
        Path outDir) {

    /** The run's folder of per-article files. */
    Path runDir() {
        return outDir.resolve("run-" + runId);
    }

    /** The run's bundle, beside its folder. */
    Path bundleZip() {
        return outDir.resolve("hanbridge-run-" + runId + ".zip");
    }

    static RunContext of(RunRecord run) {
        List<Path> inputs = Arrays.stream(run.inputs().split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
        return new RunContext(run.id(), inputs, run.engine(), ExportFormat.parseList(run.formats()), run.targetLang(),
                Path.of(run.outDir()));
    }
}
