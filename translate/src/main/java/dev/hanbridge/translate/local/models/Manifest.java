package dev.hanbridge.translate.local.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code .hanbridge-model.json} in a pulled model folder: where the files came from and their
 * checksums, so that {@code verify} works offline.
 */
record Manifest(String baseUrl, String repository, String revision, List<ExpectedFile> files) {

    static final String FILE_NAME = ".hanbridge-model.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    void write(Path folder) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("baseUrl", baseUrl);
        tree.put("repository", repository);
        tree.put("revision", revision);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ExpectedFile file : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", file.path());
            entry.put("size", file.size());
            if (file.sha256() != null) {
                entry.put("sha256", file.sha256());
            }
            if (file.gitSha1() != null) {
                entry.put("gitSha1", file.gitSha1());
            }
            entries.add(entry);
        }
        tree.put("files", entries);
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(FILE_NAME).toFile(), tree);
    }

    /** The manifest of {@code folder}, empty when it has none or it is unreadable. */
    static Optional<Manifest> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            List<ExpectedFile> files = new ArrayList<>();
            for (JsonNode entry : tree.path("files")) {
                files.add(new ExpectedFile(entry.path("path").asString(), entry.path("size").asLong(-1),
                        entry.path("sha256").asString(null), entry.path("gitSha1").asString(null)));
            }
            return Optional.of(new Manifest(tree.path("baseUrl").asString(null), tree.path("repository").asString(null),
                    tree.path("revision").asString(null), files));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
