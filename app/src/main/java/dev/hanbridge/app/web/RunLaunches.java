package dev.hanbridge.app.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

import dev.hanbridge.app.run.RunRequest;
import dev.hanbridge.app.serve.RunService;
import dev.hanbridge.app.serve.ServeSettings;
import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;

/** Launching runs, shared by the API and the upload page: settings, defaults and the path rule. */
@Component
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
class RunLaunches {

    private final RunService runs;
    private final UploadStore uploads;
    private final ServeSettings settings;
    private final Environment env;
    private final EngineRegistry engines;
    private final EngineSettings engineSettings;

    RunLaunches(RunService runs, UploadStore uploads, ServeSettings settings, Environment env, EngineRegistry engines,
            EngineSettings engineSettings) {
        this.engines = engines;
        this.engineSettings = engineSettings;
        this.runs = runs;
        this.uploads = uploads;
        this.settings = settings;
        this.env = env;
    }

    /** A run on folders or files the server reads, each under an allowed root. */
    long onServerPaths(List<String> inputs, String engine, String formats) {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("no input: give \"inputs\": [\"/path/on/the/server\"]");
        }
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            paths.add(allowed(input));
        }
        return runs.launch(request(paths, engine, formats)).runId();
    }

    /** A run on uploaded files, stored in a fresh folder first. */
    long onUpload(List<MultipartFile> files, String engine, String formats) throws IOException {
        // Wrong settings are refused before anything is stored.
        engines.create(request(List.of(), engine, formats).engine(), engineSettings);
        Path dir = uploads.store(files);
        try {
            return runs.launch(request(List.of(dir), engine, formats)).runId();
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(dir);
            throw e;
        }
    }

    private RunRequest request(List<Path> inputs, String engine, String formats) {
        String engineId = blank(engine) ? env.getProperty("hanbridge.engine", "none") : engine.strip();
        String formatList = blank(formats) ? env.getProperty("hanbridge.formats", "tmx,xliff,html") : formats;
        return new RunRequest(inputs, engineId, ExportFormat.parseList(formatList),
                Path.of(env.getProperty("hanbridge.out-dir", "hanbridge-out")),
                env.getProperty("hanbridge.source-lang"), env.getProperty("hanbridge.target-lang"));
    }

    /**
     * The real path of an input, if it lies under one of the allowed roots: the token lets a
     * client start runs, not read every file the server can read.
     */
    private Path allowed(String input) {
        List<Path> roots = settings.allowedRoots();
        if (roots.isEmpty()) {
            throw new ForbiddenException("runs on server paths are off: start hanbridge serve with --inbox DIR or "
                    + "--allow-path DIR to allow folders, or upload the files instead");
        }
        Path real;
        try {
            real = Path.of(input).toAbsolutePath().normalize().toRealPath();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("input not found: " + input);
        }
        for (Path root : roots) {
            try {
                if (real.startsWith(root.toAbsolutePath().normalize().toRealPath())) {
                    return real;
                }
            } catch (IOException e) {
                // A root that does not exist allows nothing.
            }
        }
        throw new ForbiddenException("input " + input + " is outside the folders this server may read ("
                + roots.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("") + ")");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
