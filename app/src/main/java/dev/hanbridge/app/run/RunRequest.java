package dev.hanbridge.app.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.hanbridge.export.ExportFormat;

/** What {@code hanbridge run} asks for. */
public record RunRequest(List<Path> inputs, String engine, Set<ExportFormat> formats, Path outDir,
        String targetLang) {
    public RunRequest {
        inputs = List.copyOf(inputs);
        formats = Set.copyOf(formats);
    }
}
