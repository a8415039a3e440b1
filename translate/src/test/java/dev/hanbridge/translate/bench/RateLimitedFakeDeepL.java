package dev.hanbridge.translate.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for DeepL's {@code /v2/translate} with a fixed rate limit and latency: a token
 * bucket of {@code rate} tokens per second holding at most {@code burst} tokens (2 by default,
 * stricter than real providers, which allow a second's worth), checked when a request arrives; a
 * request without a token gets 429 with {@code Retry-After: 1}. Accepted requests are answered
 * after {@code latencyMillis}. Requests with more than {@code maxTexts} texts get 413.
 */
final class RateLimitedFakeDeepL implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final double rate;
    private final double burst;
    private final long latencyMillis;
    private final int maxTexts;
    private double tokens;
    private long last = System.nanoTime();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger throttled = new AtomicInteger();
    final AtomicInteger texts = new AtomicInteger();

    RateLimitedFakeDeepL(double rate, double burst, long latencyMillis, int maxTexts) throws IOException {
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.latencyMillis = latencyMillis;
        this.maxTexts = maxTexts;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.createContext("/v2/translate", this::handle);
        // The bucket is checked on the server's dispatcher thread, as a provider's edge would check it
        // on arrival; only the latency and the answer run on workers. Checking it on a worker after
        // a scheduling hop measured the machine's load as much as the client's pacing.
        server.setExecutor(Runnable::run);
        server.start();
    }

    /** Forgets what warming up cost and fills the bucket again. */
    synchronized void reset() {
        accepted.set(0);
        throttled.set(0);
        texts.set(0);
        trace.clear();
        tokens = burst;
        last = System.nanoTime();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    final java.util.List<String> trace = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private synchronized boolean take() {
        long now = System.nanoTime();
        if (System.getProperty("bench.trace") != null) {
            trace.add(String.format("%.1f %.2f", (now - last) / 1e6, tokens));
        }
        tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private final java.util.concurrent.ExecutorService workers = Executors.newCachedThreadPool();

    private void handle(HttpExchange ex) throws IOException {
        boolean granted = take();
        byte[] in = ex.getRequestBody().readAllBytes();
        workers.submit(() -> {
            try {
                answer(ex, granted, in);
            } catch (IOException e) {
                ex.close();
            }
            return null;
        });
    }

    private void answer(HttpExchange ex, boolean granted, byte[] in) throws IOException {
        if (!granted) {
            throttled.incrementAndGet();
            ex.getResponseHeaders().add("Retry-After", "1");
            send(ex, 429, "{\"message\":\"Too many requests\"}");
            return;
        }
        accepted.incrementAndGet();
        JsonNode body = JSON.readTree(in);
        if (body.get("text").size() > maxTexts) {
            send(ex, 413, "{\"message\":\"Request Entity Too Large\"}");
            return;
        }
        try {
            Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("translations");
        for (JsonNode t : body.get("text")) {
            list.addObject().put("detected_source_language", "KO").put("text", "EN " + t.asString().length())
                    .put("billed_characters", t.asString().length());
            texts.incrementAndGet();
        }
        send(ex, 200, JSON.writeValueAsString(out));
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
