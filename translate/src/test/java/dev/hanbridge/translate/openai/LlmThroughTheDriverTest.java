package dev.hanbridge.translate.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.Sentences;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.driver.ArticleRef;
import dev.hanbridge.translate.driver.Outcome;
import dev.hanbridge.translate.driver.RetryPolicy;
import dev.hanbridge.translate.driver.TranslationDriver;
import dev.hanbridge.translate.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * A fake model that misbehaves the way small models do, only when a batch holds more than one
 * segment and one of them carries a marker: it merges two segments, answers prose, or reorders
 * ids. The driver must end with every segment translated, aligned to its own source.
 */
class LlmThroughTheDriverTest {

    private final HttpServer server;
    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

    LlmThroughTheDriverTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static String english(String korean) {
        return "EN<" + Integer.toHexString(korean.hashCode()) + ">";
    }

    private void handle(HttpExchange ex) throws IOException {
        JsonNode request = Json.tree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String user = request.path("messages").path(1).path("content").asString();
        JsonNode segments = Json.tree(user.substring(user.lastIndexOf("\n{") + 1));
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        segments.properties().forEach(e -> {
            ids.add(e.getKey());
            texts.add(e.getValue().asString());
        });
        batchSizes.add(texts.size());
        Map<String, String> answer = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            answer.put(ids.get(i), english(texts.get(i)));
        }
        String content = Json.write(answer);
        boolean many = texts.size() > 1;
        if (many && texts.stream().anyMatch(t -> t.contains("병합"))) {
            answer.remove(ids.get(ids.size() - 1)); // two sentences folded into one answer
            content = Json.write(answer);
        } else if (many && texts.stream().anyMatch(t -> t.contains("산문"))) {
            content = "Here is the translation of the article: " + String.join(" ", answer.values());
        } else if (many && texts.stream().anyMatch(t -> t.contains("순서"))) {
            Map<String, String> reversed = new LinkedHashMap<>();
            for (int i = ids.size() - 1; i >= 0; i--) {
                reversed.put(ids.get(i), answer.get(ids.get(i)));
            }
            content = Json.write(reversed);
        }
        Map<String, Object> body = Map.of("id", "chatcmpl-fake", "object", "chat.completion", "model", "fake-7b",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 100, "completion_tokens", 10 * texts.size(),
                        "total_tokens", 100 + 10 * texts.size()));
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void aMisbehavingModelNeverBreaksAlignment() {
        InMemoryLedger ledger = new InMemoryLedger();
        long run = ledger.run();
        List<String> sentences = new ArrayList<>(Sentences.distinct(30, 21));
        sentences.set(3, "두 문장이 병합되는 경우다.");
        sentences.set(14, "모델이 산문으로 답하는 경우다.");
        sentences.set(25, "모델이 순서를 뒤집는 경우다.");
        long article = ledger.article("모델 시험", List.of(sentences.subList(0, 12), sentences.subList(12, 30)));
        TranslationEngine engine = new OpenAiEngineProvider().create(TestResources.settings(Map.of(
                "OPENAI_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                "OPENAI_MODEL", "fake-7b", "hanbridge.engines.openai.max-segments", "8"))).orElseThrow();

        Outcome outcome = TranslationDriver.builder(ledger, List.of(engine), "en").usage(ledger)
                .retry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2))).build()
                .translate(run, List.of(new ArticleRef(article, "모델 시험")));

        assertThat(outcome.untranslated()).isZero();
        assertThat(outcome.failed()).isZero();
        assertThat(ledger.translations()).hasSize(31).allSatisfy(t -> {
            assertThat(t.target()).isEqualTo(english(t.source()));
            assertThat(t.translation().model()).isEqualTo("fake-7b");
        });
        assertThat(batchSizes).contains(8, 1).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(8));
        EngineUsage usage = ledger.usage(run).get(0);
        assertThat(usage.segments()).isEqualTo(31);
        assertThat(usage.requests()).isEqualTo(batchSizes.size());
        assertThat(usage.retries()).isPositive();
        assertThat(usage.inputTokens()).isEqualTo(100L * batchSizes.size());
        assertThat(usage.outputTokens()).isEqualTo(10L * batchSizes.stream().mapToInt(Integer::intValue).sum());
    }
}
