package dev.hanbridge.translate;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake of DeepL's {@code POST /v2/translate} that misbehaves on purpose: with the given
 * probabilities it answers 429 (half of them with Retry-After: 0), 500, or stalls past the
 * client's timeout. Its translation of a text is {@link #translation}, so a test can check every
 * stored target. It counts the texts it answered with 200 and a body the client received.
 */
public final class FlakyDeepLServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Random random;
    private final double p429;
    private final double p500;
    private final double pStall;
    private final long stallMillis;
    public final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    public final List<Integer> batchSizes = java.util.Collections.synchronizedList(new ArrayList<>());
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger faults = new AtomicInteger();

    public FlakyDeepLServer(long seed, double p429, double p500, double pStall, long stallMillis) throws IOException {
        this.random = new Random(seed);
        this.p429 = p429;
        this.p500 = p500;
        this.pStall = pStall;
        this.stallMillis = stallMillis;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/translate", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A text containing this is rejected with 400, as a provider rejects one bad text of a batch. */
    public static final String POISON = "\u2620";

    public static String translation(String source) {
        return "EN[" + Integer.toHexString(source.hashCode()) + "]";
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
        double dice;
        synchronized (random) {
            dice = random.nextDouble();
        }
        if (dice < p429) {
            faults.incrementAndGet();
            if (dice < p429 / 2) {
                ex.getResponseHeaders().add("Retry-After", "0");
            }
            send(ex, 429, "{\"message\":\"Too many requests\"}");
            return;
        }
        if (dice < p429 + p500) {
            faults.incrementAndGet();
            send(ex, 500, "{\"message\":\"Internal error\"}");
            return;
        }
        if (dice < p429 + p500 + pStall) {
            faults.incrementAndGet();
            try {
                Thread.sleep(stallMillis); // the client has given up by now: this answer is never received
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
            return;
        }
        List<String> texts = new ArrayList<>();
        body.get("text").forEach(t -> texts.add(t.asString()));
        if (texts.stream().anyMatch(t -> t.contains(POISON))) {
            send(ex, 400, "{\"message\":\"Bad request. Reason: text contains unsupported characters\"}");
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode translations = out.putArray("translations");
        for (String t : texts) {
            translations.addObject().put("detected_source_language", "KO").put("text", translation(t))
                    .put("billed_characters", t.length());
        }
        batchSizes.add(texts.size());
        send(ex, 200, JSON.writeValueAsString(out));
        texts.forEach(t -> answered.computeIfAbsent(t, k -> new AtomicInteger()).incrementAndGet());
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
    }
}
