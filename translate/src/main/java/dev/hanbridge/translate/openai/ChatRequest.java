package dev.hanbridge.translate.openai;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.http.Json;

/** One chat-completions request body, in the shape the model takes. */
final class ChatRequest {

    /**
     * Output tokens asked for by default: twenty segments of Korean news come to about 2,000 tokens
     * of English and JSON, so this leaves room to spare while still capping a runaway answer.
     */
    static final int DEFAULT_CAP = 4096;
    /**
     * For reasoning models, whose reasoning counts against the same limit: OpenAI's reasoning guide
     * advises reserving at least 25,000 tokens for reasoning and output when starting out. Within
     * every such model's maximum output (o1-mini 65,536; o3-mini, o4-mini 100,000; GPT-5 128,000;
     * deepseek-reasoner 64K).
     */
    static final int REASONING_CAP = 25_000;
    /** Role, separators and framing that chat templates add per message, at most. */
    private static final int TOKENS_PER_MESSAGE = 16;

    private final List<Map<String, String>> messages;
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final int cap;

    ChatRequest(OpenAiConfig config, RequestShape shape, TranslationRequest request) {
        String user = Prompt.user(request);
        messages = switch (shape.role()) {
            case SYSTEM -> List.of(message("system", Prompt.SYSTEM), message("user", user));
            case DEVELOPER -> List.of(message("developer", Prompt.SYSTEM), message("user", user));
            case USER -> List.of(message("user", Prompt.SYSTEM + "\n\n" + user));
        };
        cap = cap(config, shape);
        body.put("model", config.model());
        body.put("messages", messages);
        if (shape.temperature().value != null) {
            body.put("temperature", shape.temperature().value);
        }
        if (shape.cap() != RequestShape.Cap.NONE) {
            body.put(shape.cap().param, cap);
        }
        if (shape.reasoningEffort() && config.reasoningEffort() != null) {
            body.put("reasoning_effort", config.reasoningEffort());
        }
        if (shape.jsonMode()) {
            body.put("response_format", Map.of("type", "json_object"));
        }
        if (shape.stream()) {
            body.put("stream", false);
        }
    }

    /** The output limit: the configured one, else one that fits the model. */
    static int cap(OpenAiConfig config, RequestShape shape) {
        if (config.maxOutputTokens() != null) {
            return config.maxOutputTokens();
        }
        return shape.thinking() ? REASONING_CAP : DEFAULT_CAP;
    }

    private static Map<String, String> message(String role, String content) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("content", content);
        return m;
    }

    String json() {
        return Json.write(body);
    }

    /**
     * At most what the request can cost in tokens: every UTF-8 byte of the messages as a token
     * (byte-level tokenizers, which these models use, never make more tokens than bytes), a
     * message's framing, and the output limit, which the server enforces (reasoning included).
     * Korean comes to about a token a syllable, three bytes: the bound is high, never low.
     */
    long tokenBound() {
        long bytes = 0;
        for (Map<String, String> m : messages) {
            bytes += m.get("content").getBytes(StandardCharsets.UTF_8).length + TOKENS_PER_MESSAGE;
        }
        return bytes + cap;
    }
}
