package dev.hanbridge.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DeepL's {@code POST /v2/translate} on WireMock, answering with DeepL's documented body, and
 * misbehaving on request: a schedule of random {@link Fault}s (429 with or without Retry-After,
 * 5xx, answers slower than the client waits), a rate limit (a token bucket checked as each
 * request is handled; a request without a token gets 429 with {@code Retry-After: 1}), a latency,
 * a maximum of texts per request (413 above it) and a {@link #POISON} character it rejects with
 * 400. Its translation of a text is {@link #translation}, so a test can check every stored target.
 * It counts the requests, the faults, the throttled requests and, per text, the 200 answers.
 */
public final class FakeDeepL implements AutoCloseable {

    /** A text containing this is rejected with 400, as a provider rejects one bad text of a batch. */
    public static final String POISON = "\u2620";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A failure a request meets with {@code probability}: the {@code status}, with
     * {@code Retry-After} when not null, answered after {@code delay}.
     */
    public record Fault(double probability, int status, String retryAfter, Duration delay) {

        public static Fault tooManyRequests(double probability, String retryAfter) {
            return new Fault(probability, 429, retryAfter, Duration.ZERO);
        }

        public static Fault status(double probability, int status) {
            return new Fault(probability, status, null, Duration.ZERO);
        }

        /** An answer that comes after {@code delay}: past the client's timeout, it never arrives. */
        public static Fault stall(double probability, Duration delay) {
            return new Fault(probability, 503, null, delay);
        }
    }

    private final WireMockServer server;
    private volatile List<Fault> faultSchedule = List.of();
    private Random random = new Random();
    private volatile Duration latency = Duration.ZERO;
    private volatile int maxTexts = Integer.MAX_VALUE;
    private double rate;
    private double burst;
    private double tokens;
    private long refilled = System.nanoTime();

    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger faults = new AtomicInteger();
    public final AtomicInteger throttled = new AtomicInteger();
    /** Per text, how often it was answered with 200. */
    public final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    public final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

    /** A well-behaved fake, already listening. */
    public FakeDeepL() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(32)
                .extensions(new Transformer()).disableRequestJournal());
        server.start();
        server.stubFor(WireMock.post("/v2/translate").willReturn(WireMock.ok()));
        warmUp();
    }

    /**
     * A few requests of its own, then the counts forgotten: a fresh server takes hundreds of
     * milliseconds over its first answers (class loading), long enough for a client with a short
     * timeout to give up on an answer the fake would count as received.
     */
    private void warmUp() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/v2/translate"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":[\"예열 문장이다.\"]}")).build();
        try {
            for (int i = 0; i < 3; i++) {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reset();
    }

    /** Meets requests with these faults, drawn from a random sequence seeded with {@code seed}. */
    public synchronized FakeDeepL faults(long seed, Fault... schedule) {
        random = new Random(seed);
        faultSchedule = List.of(schedule);
        return this;
    }

    /** Allows {@code perSecond} requests, with bursts of at most {@code burst}. */
    public synchronized FakeDeepL rateLimit(double perSecond, double burst) {
        this.rate = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.refilled = System.nanoTime();
        return this;
    }

    public FakeDeepL latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    public FakeDeepL maxTexts(int maxTexts) {
        this.maxTexts = maxTexts;
        return this;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Forgets the counts and fills the bucket again (after a warm-up). */
    public synchronized void reset() {
        requests.set(0);
        faults.set(0);
        throttled.set(0);
        answered.clear();
        batchSizes.clear();
        rateLimit(rate, burst);
    }

    /** Requests that found a token in the bucket. */
    public int accepted() {
        return requests.get() - throttled.get();
    }

    public static String translation(String source) {
        return "EN[" + Integer.toHexString(source.hashCode()) + "]";
    }

    private synchronized boolean takeToken() {
        if (rate <= 0) {
            return true;
        }
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - refilled) / 1e9 * rate);
        refilled = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private synchronized Fault drawFault() {
        double dice = random.nextDouble();
        double upTo = 0;
        for (Fault f : faultSchedule) {
            upTo += f.probability();
            if (dice < upTo) {
                return f;
            }
        }
        return null;
    }

    private ResponseDefinition answer(String requestBody) {
        requests.incrementAndGet();
        if (!takeToken()) {
            throttled.incrementAndGet();
            return error(429, "Too many requests").withHeader("Retry-After", "1").build();
        }
        Fault fault = drawFault();
        if (fault != null) {
            faults.incrementAndGet();
            ResponseDefinitionBuilder failed = error(fault.status(), fault.status() == 429 ? "Too many requests"
                    : "Internal error").withFixedDelay((int) fault.delay().toMillis());
            return (fault.retryAfter() == null ? failed : failed.withHeader("Retry-After", fault.retryAfter())).build();
        }
        List<String> texts = new ArrayList<>();
        JSON.readTree(requestBody).get("text").forEach(t -> texts.add(t.asString()));
        if (texts.size() > maxTexts) {
            return error(413, "Request Entity Too Large").build();
        }
        if (texts.stream().anyMatch(t -> t.contains(POISON))) {
            return error(400, "Bad request. Reason: text contains unsupported characters").build();
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode translations = out.putArray("translations");
        for (String t : texts) {
            translations.addObject().put("detected_source_language", "KO").put("text", translation(t))
                    .put("billed_characters", t.length());
            answered.computeIfAbsent(t, k -> new AtomicInteger()).incrementAndGet();
        }
        batchSizes.add(texts.size());
        return json(200, out).withFixedDelay((int) latency.toMillis()).build();
    }

    private static ResponseDefinitionBuilder error(int status, String message) {
        return json(status, JSON.createObjectNode().put("message", message));
    }

    private static ResponseDefinitionBuilder json(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body));
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Answers every request to the stub, as it is handled. */
    private final class Transformer implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            return answer(event.getRequest().getBodyAsString());
        }

        @Override
        public String getName() {
            return "fake-deepl";
        }
    }
}
