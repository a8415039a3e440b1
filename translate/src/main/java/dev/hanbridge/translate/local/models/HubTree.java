package dev.hanbridge.translate.local.models;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The file listing of Hugging Face's {@code GET /api/models/{repo}/tree/{revision}?recursive=true}:
 * an array of {@code {"type": "file", "path", "size", "oid"}} where Git LFS files add
 * {@code "lfs": {"oid": <sha256>, "size", "pointerSize"}}.
 */
final class HubTree {

    private HubTree() {
    }

    static Map<String, ExpectedFile> parse(JsonNode listing) {
        Map<String, ExpectedFile> files = new HashMap<>();
        for (JsonNode entry : listing) {
            if (!"file".equals(entry.path("type").asString(""))) {
                continue;
            }
            String path = entry.path("path").asString();
            JsonNode lfs = entry.path("lfs");
            if (lfs.isObject()) {
                files.put(path, new ExpectedFile(path, lfs.path("size").asLong(entry.path("size").asLong(-1)),
                        lfs.path("oid").asString(null), null));
            } else {
                files.put(path, new ExpectedFile(path, entry.path("size").asLong(-1), null,
                        entry.path("oid").asString(null)));
            }
        }
        return files;
    }
}
