package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole job, with the real DeepL engine, against a fake DeepL that fails a quarter of the
 * requests at random: 429 (with and without Retry-After), 500, 503, and answers too slow for the
 * request timeout. Every segment must end up translated, and paid for (answered 200) exactly once.
 */
class FaultyProviderEndToEndTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;
    HttpServer server;
    final List<String> paidFor = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger faults = new AtomicInteger();
    final Random random = new Random(20261128);

    @BeforeEach
    void startFakeDeepL() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/v2/translate", this::answer);
        server.start();
        System.setProperty("hanbridge.engines.deepl.api-key", "test-key-for-the-fake:fx");
        System.setProperty("hanbridge.engines.deepl.base-url", "http://127.0.0.1:" + server.getAddress().getPort());
        System.setProperty("hanbridge.engines.deepl.max-segments", "4");
        System.setProperty("hanbridge.engines.deepl.request-timeout", "600ms");
        System.setProperty("hanbridge.engines.deepl.requests-per-second", "0");
    }

    @AfterEach
    void stop() {
        server.stop(0);
        for (String key : List.of("api-key", "base-url", "max-segments", "request-timeout", "requests-per-second")) {
            System.clearProperty("hanbridge.engines.deepl." + key);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        int roll;
        synchronized (random) {
            roll = random.nextInt(100);
        }
        if (roll < 8) {
            faults.incrementAndGet();
            if (roll < 3) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            send(exchange, 429, "{\"message\":\"Too many requests\"}");
        } else if (roll < 14) {
            faults.incrementAndGet();
            send(exchange, 500, "{\"message\":\"Internal error\"}");
        } else if (roll < 19) {
            faults.incrementAndGet();
            send(exchange, 503, "{\"message\":\"Service unavailable\"}");
        } else if (roll < 25) {
            faults.incrementAndGet();
            sleep(1500); // past the engine's 600 ms request timeout: the client has given up
            send(exchange, 200, translations(body));
        } else {
            List<String> texts = new ArrayList<>();
            body.get("text").forEach(t -> texts.add(t.asString()));
            paidFor.addAll(texts);
            send(exchange, 200, translations(body));
        }
    }

    private static String translations(JsonNode body) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("translations");
        body.get("text").forEach(t -> list.addObject().put("detected_source_language", "KO")
                .put("text", "[en] " + t.asString().length() + " characters").put("billed_characters",
                        t.asString().length()));
        return out.toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everySegmentIsTranslatedAndPaidForOnceThroughRandom429And5xxAndTimeouts() throws Exception {
        Path data = tmp.resolve("data");
        Fixtures.articles(tmp.resolve("inbox"), 8, 3);

        CliRunner.Result result = CliRunner.run("run", tmp.resolve("inbox").toString(), "--engine", "deepl",
                "--data", data.toString(), "--out", tmp.resolve("out").toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(faults.get()).as("the fake injected faults").isPositive();
        long segments = CliRunner.count(data, "SELECT COUNT(*) FROM hb_segment");
        long distinct = CliRunner.count(data, "SELECT COUNT(DISTINCT source_hash) FROM hb_segment");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_translation")).isEqualTo(segments);
        assertThat(paidFor).hasSize((int) distinct);
        assertThat(new HashSet<>(paidFor)).hasSameSizeAs(paidFor);
        assertThat(result.out()).contains("0 untranslated").containsPattern("deepl: \\d+ segments.*[1-9]\\d* retries");
    }
}
