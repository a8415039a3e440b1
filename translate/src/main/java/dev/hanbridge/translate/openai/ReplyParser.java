package dev.hanbridge.translate.openai;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hanbridge.translate.MisalignedReplyException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a model's answer strictly: one JSON object, keys exactly {@code "1".."n"} in order, each
 * value a non-blank string; the object may stand alone or be the one fenced code block of the
 * answer. Anything else (prose, a merged or split segment, a dropped, added or reordered id) is a
 * {@link MisalignedReplyException}; its message describes the shape, never the text. It is given
 * the answer only: the model's reasoning has been cut off before ({@link ThinkBlocks}).
 */
final class ReplyParser {

    /** A repeated id must not silently overwrite the first. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** What to do when a model keeps answering this way, for the message that stops the engine. */
    static final String ANOTHER_MODEL = " (a model that keeps answering so cannot be used: choose another with"
            + " OPENAI_MODEL)";

    private ReplyParser() {
    }

    static List<String> parse(String engine, String content, int expected) {
        String json = unfence(content == null ? "" : content.strip());
        if (json.isEmpty()) {
            throw new MisalignedReplyException(engine, "the model answered nothing for " + expected + " segments"
                    + ANOTHER_MODEL);
        }
        JsonNode root;
        try {
            root = STRICT.readTree(json);
        } catch (JacksonException e) {
            throw new MisalignedReplyException(engine, "the model answered " + (json.startsWith("{")
                    ? "broken or duplicated-key JSON" : "prose, not a JSON object") + " for "
                    + expected + " segments" + ANOTHER_MODEL);
        }
        if (root == null || !root.isObject()) {
            throw new MisalignedReplyException(engine, "the model answered JSON that is not an object for " + expected
                    + " segments" + ANOTHER_MODEL);
        }
        List<String> ids = new ArrayList<>();
        List<String> values = new ArrayList<>();
        boolean allText = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            ids.add(e.getKey());
            JsonNode v = e.getValue();
            allText &= v.isString() && !v.asString().isBlank();
            values.add(v.isString() ? v.asString().strip() : null);
        }
        List<String> want = new ArrayList<>(Prompt.numbered(java.util.Collections.nCopies(expected, "")).keySet());
        if (!ids.equals(want)) {
            throw new MisalignedReplyException(engine, "the model answered ids " + shorten(ids) + " for segments 1.."
                    + expected + " (" + (ids.size() < expected ? "merged or dropped" : ids.size() > expected
                            ? "split or added" : "reordered or renamed") + ")" + (expected == 1 ? ANOTHER_MODEL : ""));
        }
        if (!allText) {
            throw new MisalignedReplyException(engine, "the model left a segment empty or not text (merged into "
                    + "another?) among " + expected);
        }
        return values;
    }

    /**
     * Some servers wrap JSON in a Markdown code fence even in JSON mode, and models asked for JSON
     * by the prompt alone often put a line before it: the content of the answer's one fenced block.
     */
    static String unfence(String s) {
        if (s.startsWith("{")) {
            return s;
        }
        Matcher fence = FENCE.matcher(s);
        if (fence.find()) {
            String inside = fence.group(1).strip();
            return fence.find() ? s : inside; // two blocks: which one is the answer? Neither.
        }
        return s;
    }

    private static final Pattern FENCE = Pattern.compile("```[A-Za-z]*[ \t]*\n(.*?)\n?```", Pattern.DOTALL);

    private static String shorten(List<String> ids) {
        List<String> cut = ids.size() > 12 ? ids.subList(0, 12) : ids;
        return cut.stream().map(id -> id.length() > 8 ? id.substring(0, 8) + "…" : id).toList()
                + (ids.size() > 12 ? " …" : "");
    }
}
