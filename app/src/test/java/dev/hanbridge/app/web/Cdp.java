package dev.hanbridge.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: commands and their answers,
 * nothing else (events are ignored). Enough to drive a page the way a person would.
 */
final class Cdp implements AutoCloseable {

    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Cdp(WebSocket socket) {
        this.socket = socket;
    }

    static Cdp connect(HttpClient http, String webSocketUrl) {
        Cdp[] self = new Cdp[1];
        StringBuilder partial = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(webSocketUrl), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String message = partial.toString();
                            partial.setLength(0);
                            self[0].receive(message);
                        }
                        ws.request(1);
                        return null;
                    }
                }).join();
        self[0] = new Cdp(socket);
        return self[0];
    }

    private void receive(String message) {
        JsonNode json = TestServer.JSON.readTree(message);
        if (json.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(json.get("id").asLong());
            if (answer != null) {
                if (json.has("error")) {
                    answer.completeExceptionally(new IllegalStateException("CDP error: " + json.get("error")));
                } else {
                    answer.complete(json.get("result"));
                }
            }
        }
    }

    /** Sends a command and waits for its result. */
    JsonNode send(String method, Map<String, ?> params) {
        long id = ids.incrementAndGet();
        ObjectNode command = TestServer.JSON.createObjectNode();
        command.put("id", id);
        command.put("method", method);
        command.set("params", TestServer.JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(command.toString(), true).join();
        try {
            return answer.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed: " + e.getMessage(), e);
        }
    }

    /** Evaluates JavaScript in the page and returns its value (promises awaited). */
    JsonNode eval(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    String evalString(String expression) {
        JsonNode value = eval(expression);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    /** Waits until the expression is true in the page, e.g. a path after a form was sent. */
    void await(String condition, Duration timeout) {
        try {
            Awaitility.await("the page to get to: " + condition).atMost(timeout)
                    .ignoreExceptionsInstanceOf(IllegalStateException.class) // the page is between documents: ask again
                    .until(() -> eval("Boolean(" + condition + ")").asBoolean());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + " (at " + evalString("location.href") + ")", e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
