package dev.hanbridge.translate.openai;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.hanbridge.translate.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * A server's error answer, read the ways OpenAI-compatible servers write it: OpenAI's
 * {@code {"error": {"message", "type", "param", "code"}}}, Ollama's and llama.cpp's
 * {@code {"error": "text"}}, vLLM's {@code {"object": "error", "message", ...}} at the top level.
 *
 * <p>OpenAI says which request parameter it refused in {@code param}, with {@code code}
 * {@code unsupported_parameter} (the model does not take it, e.g. {@code max_tokens} on o1) or
 * {@code unsupported_value} (not that value, e.g. {@code temperature} 0 on o3-mini, a
 * {@code system} message on o1-mini, whose {@code param} is {@code messages[0].role}). Servers
 * without {@code param} name it in the message ("Unsupported param: response_format").
 */
record Refusal(int status, String message, String param, String code) {

    /** Parameters we send that a server may refuse, as their names appear in messages. */
    private static final List<String> PARAMETERS = List.of("response_format", "max_completion_tokens", "max_tokens",
            "temperature", "reasoning_effort", "stream");
    private static final Pattern REFUSED = Pattern.compile("(?i)unsupported|unrecognized|not supported|does not support"
            + "|not allowed|not permitted|unknown (field|param)|invalid (param|field)");
    private static final Pattern CONTEXT = Pattern.compile("(?i)context length|context window|context_length"
            + "|maximum context|too many tokens|prompt is too long|exceeds the (available )?context");

    static Refusal of(int status, String body) {
        JsonNode root = Json.tree(body);
        JsonNode error = root.has("error") ? root.path("error") : root;
        if (error.isString()) {
            return new Refusal(status, error.asString(), null, null);
        }
        String param = error.path("param").isString() ? error.path("param").asString() : null;
        String code = error.path("code").isString() ? error.path("code").asString() : null;
        return new Refusal(status, error.path("message").asString(null), param, code);
    }

    /** The provider's words for the log and messages: message and code, e.g. {@code "Unsupported value: … [unsupported_value]"}. */
    String said() {
        return (message == null ? "no message" : message) + (code == null ? "" : " [" + code + "]");
    }

    boolean modelNotFound() {
        return "model_not_found".equals(code);
    }

    /** The model's context cannot hold the request (OpenAI's {@code context_length_exceeded}, vLLM's and llama.cpp's words). */
    boolean contextTooSmall() {
        return "context_length_exceeded".equals(code) || message != null && CONTEXT.matcher(message).find();
    }

    /** The refusal says the parameter is not known at all, rather than that its value is wrong. */
    boolean unknownParameter() {
        return "unsupported_parameter".equals(code) || code == null && message != null
                && message.toLowerCase(Locale.ROOT).matches("(?s).*(unsupported param|unrecognized|unknown).*");
    }

    /**
     * The request parameter the server refused, as {@link RequestShape#after} names it ({@code "role"}
     * for the instructions' role), or {@code null} when the answer is not about one of ours.
     */
    String refusedParameter() {
        if (status != 400 && status != 422) {
            return null;
        }
        boolean refusedWords = "unsupported_value".equals(code) || "unsupported_parameter".equals(code)
                || message != null && REFUSED.matcher(message).find();
        if (!refusedWords) {
            return null;
        }
        if (param != null) {
            if (param.matches("messages\\[\\d+]\\.role")) {
                return "role";
            }
            return PARAMETERS.contains(param) ? param : param.equals("messages") ? null : param;
        }
        if (message == null) {
            return null;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*'(system|developer)'.*") && lower.contains("role")) {
            return "role";
        }
        // The first of our parameters the message names: "'max_tokens' is not supported … use
        // 'max_completion_tokens' instead" refuses the first and recommends the second.
        String first = null;
        int at = Integer.MAX_VALUE;
        for (String p : PARAMETERS) {
            int i = lower.indexOf(p);
            if (i >= 0 && i < at) {
                first = p;
                at = i;
            }
        }
        return first;
    }
}
