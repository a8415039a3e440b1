package dev.hanbridge.translate.http;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper every engine uses: absent optional fields are left out of requests (providers
 * reject {@code "glossary_id": null}), and fields a provider adds to its answers later are ignored.
 */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** The body as {@code type}, or empty when it is not JSON of that shape. */
    public static <T> java.util.Optional<T> read(String body, Class<T> type) {
        try {
            return java.util.Optional.ofNullable(MAPPER.readValue(body, type));
        } catch (JacksonException | IllegalArgumentException malformed) {
            return java.util.Optional.empty();
        }
    }

    /** The body as a tree, or a missing node when it is not JSON. */
    public static JsonNode tree(String body) {
        try {
            JsonNode node = MAPPER.readTree(body == null ? "" : body);
            return node == null ? MAPPER.missingNode() : node;
        } catch (JacksonException malformed) {
            return MAPPER.missingNode();
        }
    }
}
