package dev.hanbridge.translate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.hanbridge.translate.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * An OpenAI-compatible {@code POST /v1/chat/completions} in the test's own process, behaving like
 * one of the servers and models users point the LLM engine at, with the bodies their providers
 * document. Its translation of a segment is {@link #english}; the drafts its reasoning holds are
 * {@link #draft}, wrong on purpose, so that a test can tell which was taken. It records every
 * request it received, refused ones included.
 */
public final class FakeChatServer implements AutoCloseable {

    /** How the server behaves. */
    public enum Model {
        /** An ordinary chat model: takes everything, answers the JSON object. */
        PLAIN,
        /**
         * An OpenAI reasoning model whose name does not give it away: refuses {@code temperature} 0
         * and {@code max_tokens} with OpenAI's 400 bodies, reports reasoning tokens.
         */
        REASONING_REFUSES_TEMPERATURE_AND_MAX_TOKENS,
        /** DeepSeek's API: reasoning (with a wrong draft) in {@code reasoning_content}, the answer in {@code content}. */
        DEEPSEEK_REASONING_CONTENT,
        /** A local R1 distill: content opens with a {@code <think>} block holding a wrong draft JSON and a numbered list. */
        THINK_BLOCK_WITH_WRONG_DRAFT,
        /** OpenAI's 404 {@code model_not_found} to every request. */
        UNKNOWN_MODEL,
        /** A server without JSON mode: 400 to any request carrying {@code response_format}. */
        REFUSES_RESPONSE_FORMAT,
        /** A content filter that flags every text: 400 {@code invalid_prompt}, about no parameter. */
        REJECTS_EVERY_TEXT
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
    private final Model model;
    /** Every request body received, in order. */
    public final List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
    public final AtomicInteger answered = new AtomicInteger();

    public FakeChatServer(Model model) {
        this.model = model;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URL to give the engine, ending in {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The server's translation of {@code korean}: recognisably its own. */
    public static String english(String korean) {
        return "EN<" + Integer.toHexString(korean.hashCode()) + ">";
    }

    /** What the model's reasoning drafted for {@code korean}: never to be stored. */
    public static String draft(String korean) {
        return "DRAFT<" + Integer.toHexString(korean.hashCode()) + ">";
    }

    public int requests() {
        return received.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        JsonNode request = Json.tree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        received.add(request);
        switch (model) {
            case UNKNOWN_MODEL -> {
                send(ex, 404, Json.write(Map.of("error", error("The model `" + request.path("model").asString()
                        + "` does not exist or you do not have access to it.", null, "model_not_found"))));
                return;
            }
            case REASONING_REFUSES_TEMPERATURE_AND_MAX_TOKENS -> {
                if (request.has("temperature") && request.path("temperature").asDouble() != 1.0) {
                    // The body of the issue, as OpenAI answers o3-mini.
                    send(ex, 400, TestResources.read("openai/error-400-temperature.json"));
                    return;
                }
                if (request.has("max_tokens")) {
                    send(ex, 400, TestResources.read("openai/error-400-max-tokens.json"));
                    return;
                }
            }
            case REJECTS_EVERY_TEXT -> {
                send(ex, 400, Json.write(Map.of("error", error("Invalid prompt: your prompt was flagged as potentially"
                        + " violating our usage policy.", null, "invalid_prompt"))));
                return;
            }
            case REFUSES_RESPONSE_FORMAT -> {
                if (request.has("response_format")) {
                    send(ex, 400, TestResources.read("openai/error-400-format.json"));
                    return;
                }
            }
            default -> {
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        segments(request).properties().forEach(e -> {
            ids.add(e.getKey());
            texts.add(e.getValue().asString());
        });
        Map<String, String> answer = new LinkedHashMap<>();
        Map<String, String> drafted = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            answer.put(ids.get(i), english(texts.get(i)));
            // The draft holds the right ids with wrong texts: taking it would line up and be wrong.
            drafted.put(ids.get(i), draft(texts.get(i)));
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        long reasoningTokens = 0;
        switch (model) {
            case DEEPSEEK_REASONING_CONTENT -> {
                message.put("content", Json.write(answer));
                message.put("reasoning_content", "The user wants English. A first draft: " + Json.write(drafted)
                        + " Let me check the numbers again before answering.");
                reasoningTokens = 120;
            }
            case THINK_BLOCK_WITH_WRONG_DRAFT -> {
                StringBuilder list = new StringBuilder();
                for (int i = 0; i < ids.size(); i++) {
                    list.append(i + 1).append(". ").append(drafted.get(ids.get(i))).append('\n');
                }
                message.put("content", "<think>\nOkay, I need to translate " + ids.size() + " segments. Draft:\n"
                        + Json.write(drafted) + "\nOr as a list:\n" + list + "Hmm, let me improve these.\n</think>\n\n"
                        + Json.write(answer));
            }
            case REASONING_REFUSES_TEMPERATURE_AND_MAX_TOKENS -> {
                message.put("content", Json.write(answer));
                reasoningTokens = 64;
            }
            default -> message.put("content", Json.write(answer));
        }
        long completion = 10L * texts.size() + reasoningTokens;
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("prompt_tokens", 100);
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", 100 + completion);
        usage.put("completion_tokens_details", Map.of("reasoning_tokens", reasoningTokens));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-fake-" + received.size());
        body.put("object", "chat.completion");
        body.put("created", 1767225600);
        body.put("model", request.path("model").asString());
        body.put("choices", List.of(Map.of("index", 0, "message", message, "finish_reason", "stop")));
        body.put("usage", usage);
        answered.incrementAndGet();
        send(ex, 200, Json.write(body));
    }

    /** The JSON object of numbered segments that ends the last user message. */
    private static JsonNode segments(JsonNode request) {
        String user = "";
        for (JsonNode m : request.path("messages")) {
            if ("user".equals(m.path("role").asString())) {
                user = m.path("content").asString();
            }
        }
        return Json.tree(user.substring(user.lastIndexOf("\n{") + 1));
    }

    private static Map<String, Object> error(String message, String param, String code) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("message", message);
        e.put("type", "invalid_request_error");
        e.put("param", param);
        e.put("code", code);
        return e;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
