package dev.hanbridge.translate.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed tiny random-weight Marian model and what transformers computed for it
 * ({@code src/test/python/make_tiny_marian.py} made both).
 */
final class TinyMarian {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode reference;

    private TinyMarian() {
    }

    static Path folder() {
        try {
            return Path.of(TinyMarian.class.getResource("/dev/hanbridge/translate/local/tiny-marian").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized JsonNode reference() {
        if (reference == null) {
            try (InputStream in = TinyMarian.class.getResourceAsStream(
                    "/dev/hanbridge/translate/local/tiny-marian-reference.json")) {
                reference = JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }

    /** The reference sentences with the ids and text of one decoding variant. */
    static List<Case> translations(String variant) {
        List<Case> cases = new ArrayList<>();
        for (JsonNode entry : reference().path("translations")) {
            JsonNode output = entry.path(variant);
            cases.add(new Case(entry.path("source").asString(), ids(entry.path("input_ids")), ids(output.path("ids")),
                    output.path("text").asString(null)));
        }
        return cases;
    }

    static List<Case> tokenizerCases() {
        List<Case> cases = new ArrayList<>();
        for (JsonNode entry : reference().path("tokenizer")) {
            cases.add(new Case(entry.path("text").asString(), ids(entry.path("ids")), null, null));
        }
        return cases;
    }

    static int[] ids(JsonNode array) {
        int[] ids = new int[array.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = array.get(i).asInt();
        }
        return ids;
    }

    record Case(String source, int[] inputIds, int[] outputIds, String text) {
    }
}
