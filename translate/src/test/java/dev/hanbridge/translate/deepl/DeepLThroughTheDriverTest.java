package dev.hanbridge.translate.deepl;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.FakeDeepL;
import dev.hanbridge.translate.FakeDeepL.Fault;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.Sentences;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.driver.ArticleRef;
import dev.hanbridge.translate.driver.Outcome;
import dev.hanbridge.translate.driver.RetryPolicy;
import dev.hanbridge.translate.driver.TranslationDriver;

/** The real DeepL engine, over HTTP to a fake DeepL, driven by the real driver. */
class DeepLThroughTheDriverTest {

    private static final RetryPolicy FAST = new RetryPolicy(12, Duration.ofMillis(1), Duration.ofMillis(20));

    private final InMemoryLedger ledger = new InMemoryLedger();

    private TranslationDriver driver(List<TranslationEngine> chain) {
        return TranslationDriver.builder(ledger, chain, "en").usage(ledger).retry(FAST).build();
    }

    private static List<ArticleRef> one(long article, String title) {
        return List.of(new ArticleRef(article, title));
    }

    @Test
    void everySegmentIsTranslatedExactlyOnceThroughRandom429sServerErrorsAndTimeouts() throws Exception {
        long run = ledger.run();
        List<Long> ids = new ArrayList<>();
        List<String> shared = Sentences.distinct(3, 999); // the same sentences in every article: memory reuse
        for (int a = 0; a < 8; a++) {
            List<String> own = new ArrayList<>(Sentences.distinct(37, a));
            own.add(5, own.get(0)); // a sentence repeated inside the article
            own.addAll(shared);
            ids.add(ledger.article("기사 " + a, List.of(own.subList(0, 20), own.subList(20, own.size()))));
        }
        try (FakeDeepL fake = new FakeDeepL().faults(42, Fault.tooManyRequests(0.075, "0"),
                Fault.tooManyRequests(0.075, null), Fault.status(0.10, 500), Fault.stall(0.05, Duration.ofSeconds(3)))) {
            TranslationEngine deepl = new DeepLEngineProvider().create(TestResources.settings(Map.of(
                    "DEEPL_API_KEY", "k", "DEEPL_BASE_URL", fake.baseUrl(),
                    "hanbridge.engines.deepl.request-timeout", "1500ms", "hanbridge.engines.deepl.max-segments", "7",
                    "hanbridge.engines.deepl.requests-per-second", "0"))).orElseThrow();
            TranslationDriver driver = driver(List.of(deepl));

            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (long id : ids) {
                outcomes.add(pool.submit(() -> driver.translate(run, one(id, "기사"))));
            }
            for (Future<Outcome> f : outcomes) {
                assertThat(f.get().untranslated()).isZero();
            }
            pool.shutdown();

            assertThat(fake.faults.get()).as("the fake did misbehave").isGreaterThan(5);
            assertThat(ledger.translations()).hasSize(ledger.segmentCount());
            assertThat(ledger.failures()).isEmpty();
            assertThat(ledger.translations()).allSatisfy(t -> assertThat(t.target())
                    .isEqualTo(FakeDeepL.translation(t.source())));
            // Each sentence of one article was answered exactly once, its repeat included (the
            // timeout is long enough that a normal answer is never cut off, even on a busy machine). Sentences that
            // several articles share may go out once per thread translating such an article at the same
            // moment (memory is looked up when an article starts), never once per article.
            fake.answered.forEach((source, n) -> assertThat(n.get()).as(source)
                    .isLessThanOrEqualTo(shared.contains(source) ? 3 : 1));
            assertThat(fake.batchSizes).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(7));
            EngineUsage usage = ledger.usage(run).get(0);
            assertThat(usage.engine()).isEqualTo("deepl");
            assertThat(usage.requests()).isEqualTo(fake.requests.get());
            assertThat(usage.retries()).isEqualTo(fake.faults.get());
            assertThat(usage.segments()).isEqualTo(fake.answered.values().stream().mapToInt(AtomicInteger::get).sum());
            assertThat(usage.billedCharacters()).isEqualTo(fake.answered.entrySet().stream()
                    .mapToLong(e -> (long) e.getKey().length() * e.getValue().get()).sum());
        }
    }

    @Test
    void deepLGetsFullBatchesOfFiftyInReadingOrder() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(Sentences.distinct(60, 31), Sentences.distinct(59, 32)));
        try (FakeDeepL fake = new FakeDeepL()) {
            TranslationEngine deepl = new DeepLEngineProvider().create(TestResources.settings(Map.of(
                    "DEEPL_API_KEY", "k", "DEEPL_BASE_URL", fake.baseUrl()))).orElseThrow();

            Outcome outcome = driver(List.of(deepl)).translate(run, one(article, "제목"));

            assertThat(fake.batchSizes).containsExactly(50, 50, 20);
            assertThat(outcome.requests()).isEqualTo(3);
            assertThat(outcome.usage()).singleElement().satisfies(u -> {
                assertThat(u.segments()).isEqualTo(120);
                assertThat(u.summary()).startsWith("deepl: 120 segments, ").contains("3 requests, 0 retries")
                        .contains("billed characters");
            });
        }
    }

    @Test
    void aShortAnswerFromDeepLIsTriedAgainThenSplitIntoSingleTexts() {
        long run = ledger.run();
        long first = ledger.article("첫 기사", List.of());
        long article = ledger.article("제목", List.of(List.of("시의회는 3일 예산안을 의결했다.")));
        WireMockServer deeplServer = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        deeplServer.start();
        // One translation whatever the request: right for one text, short for two.
        deeplServer.stubFor(post("/v2/translate").willReturn(okJson(TestResources.read("deepl/translate-one.json"))));
        try {
            TranslationEngine deepl = new DeepLEngineProvider().create(TestResources.settings(Map.of(
                    "DEEPL_API_KEY", "k", "DEEPL_BASE_URL", deeplServer.baseUrl()))).orElseThrow();

            TranslationDriver driver = driver(List.of(deepl));
            // A first article answered in line: from then on a short answer gets a second try.
            driver.translate(run, one(first, "첫 기사"));
            Outcome outcome = driver.translate(run, one(article, "제목"));

            assertThat(deeplServer.getAllServeEvents()).hasSize(1 + 4);
            assertThat(outcome.machineTranslated()).isEqualTo(2);
            assertThat(outcome.usage()).singleElement().satisfies(u -> assertThat(u.retries()).isEqualTo(1));
        } finally {
            deeplServer.stop();
        }
    }

    @Test
    void aTextDeepLRejectsIsIsolatedAndTranslatedByTheNextEngineOverHttp() {
        long run = ledger.run();
        List<String> sentences = new ArrayList<>(Sentences.distinct(30, 41));
        sentences.set(17, "특수 기호 " + FakeDeepL.POISON + " 가 들어간 문장이다.");
        long article = ledger.article("제목", List.of(sentences));
        WireMockServer libre = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        libre.start();
        libre.stubFor(post("/translate").willReturn(okJson("{\"translatedText\": [\"A sentence with a symbol.\"]}")));
        try (FakeDeepL deepl = new FakeDeepL()) {
            List<TranslationEngine> chain = EngineRegistry.discover(getClass().getClassLoader()).create(
                    "deepl,libretranslate", TestResources.settings(Map.of("DEEPL_API_KEY", "k", "DEEPL_BASE_URL",
                            deepl.baseUrl(), "LIBRETRANSLATE_URL", libre.baseUrl())));

            Outcome outcome = driver(chain).translate(run, one(article, "제목"));

            assertThat(outcome.untranslated()).isZero();
            assertThat(ledger.translationsBy("deepl")).hasSize(30);
            assertThat(ledger.translationsBy("libretranslate")).extracting(InMemoryLedger.Stored::target)
                    .containsExactly("A sentence with a symbol.");
            assertThat(libre.getAllServeEvents()).singleElement().satisfies(e -> assertThat(
                    e.getRequest().getBodyAsString()).contains(FakeDeepL.POISON).contains("\"q\":["));
            assertThat(ledger.usage(run)).extracting(EngineUsage::engine).containsExactly("deepl", "libretranslate");
        } finally {
            libre.stop();
        }
    }

}
