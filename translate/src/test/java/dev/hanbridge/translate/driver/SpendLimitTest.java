package dev.hanbridge.translate.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.Sentences;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/** A run stops before it passes its spend limit, keeps what it translated, and a restart goes on. */
class SpendLimitTest {

    private static final EngineLimits FIVE = new EngineLimits(5, 10_000, 40_000, 0);
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5));

    private final InMemoryLedger ledger = new InMemoryLedger();

    private TranslationDriver driver(TranslationEngine engine, SpendLimit limit) {
        return TranslationDriver.builder(ledger, List.of(engine), "en").usage(ledger).retry(FAST).spendLimit(limit)
                .build();
    }

    private static int chars(List<String> texts) {
        return texts.stream().mapToInt(String::length).sum();
    }

    @Test
    void aCharacterLimitStopsBeforeTheRequestThatWouldPassItAndKeepsWhatWasTranslated() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(Sentences.distinct(19, 2)));
        ScriptedEngine engine = new ScriptedEngine("e", FIVE, texts -> ScriptedEngine.tag("e", texts));
        List<String> all = new ArrayList<>(List.of("제목"));
        all.addAll(Sentences.distinct(19, 2));
        // Room for the first two batches of five and a little more, not for the third.
        long limit = chars(all.subList(0, 10)) + 5;

        assertThatThrownBy(() -> driver(engine, SpendLimit.of(limit, 0, 0, 0))
                .translate(run, List.of(new ArticleRef(article, "제목"))))
                .isInstanceOfSatisfying(SpendLimitReachedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SpendLimitReachedException.Kind.CHARACTERS);
                    assertThat(e.limit()).isEqualTo(limit);
                    assertThat(e.getMessage()).contains("limit of " + limit + " characters");
                });

        assertThat(engine.requests).hasSize(2);
        assertThat(chars(engine.allTexts())).isLessThanOrEqualTo((int) limit);
        assertThat(ledger.translations()).hasSize(10);
        assertThat(ledger.usage(run).get(0).characters()).isEqualTo(chars(all.subList(0, 10)));
    }

    @Test
    void aRestartCountsWhatTheRunSpentBeforeAndGoesOnUnderARaisedLimit() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(Sentences.distinct(9, 4)));
        ScriptedEngine engine = new ScriptedEngine("e", FIVE, texts -> ScriptedEngine.tag("e", texts));
        List<ArticleRef> articles = List.of(new ArticleRef(article, "제목"));
        assertThatThrownBy(() -> driver(engine, SpendLimit.of(200, 0, 0, 0)).translate(run, articles))
                .isInstanceOf(SpendLimitReachedException.class);
        long spent = ledger.usage(run).get(0).characters();
        int sentBefore = engine.requests.size();
        assertThat(sentBefore).isEqualTo(1);

        // The same limit again: nothing more fits, nothing is sent.
        assertThatThrownBy(() -> driver(engine, SpendLimit.of(200, 0, spent, 0)).translate(run, articles))
                .isInstanceOf(SpendLimitReachedException.class);
        assertThat(engine.requests).hasSize(sentBefore);

        Outcome outcome = driver(engine, SpendLimit.of(10_000, 0, spent, 0)).translate(run, articles);

        assertThat(outcome.untranslated()).isZero();
        assertThat(new java.util.HashSet<>(engine.allTexts())).hasSameSizeAs(engine.allTexts()); // nothing sent twice
        assertThat(ledger.translations()).hasSize(10);
    }

    @Test
    void aTokenLimitReservesTheEnginesUpperBoundBeforeAndCountsWhatItReportedAfter() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(Sentences.distinct(14, 6)));
        List<Long> reported = Collections.synchronizedList(new ArrayList<>());
        TranslationEngine llm = new TranslationEngine() {
            @Override
            public EngineInfo info() {
                return EngineInfo.of("llm", FIVE);
            }

            @Override
            public TranslationReply translate(TranslationRequest request) {
                reported.add(300L + 50L * request.texts().size());
                return new TranslationReply(ScriptedEngine.tag("llm", request.texts()), 0, 300,
                        50L * request.texts().size(), 20);
            }

            @Override
            public long tokenBound(TranslationRequest request) {
                return 1000; // far above what a request costs: the bound is reserved, the report counted
            }
        };

        assertThatThrownBy(() -> driver(llm, SpendLimit.of(0, 2000, 0, 0))
                .translate(run, List.of(new ArticleRef(article, "제목"))))
                .isInstanceOfSatisfying(SpendLimitReachedException.class,
                        e -> assertThat(e.kind()).isEqualTo(SpendLimitReachedException.Kind.TOKENS));

        // 0 + 1000 fits, 550 + 1000 fits, 1100 + 1000 does not: two requests, 1100 tokens, under 2000.
        assertThat(reported).containsExactly(550L, 550L);
        var usage = ledger.usage(run).get(0);
        assertThat(usage.inputTokens() + usage.outputTokens()).isEqualTo(1100);
        assertThat(usage.reasoningTokens()).isEqualTo(40);
    }

    @Test
    void threadsTogetherNeverPassTheLimit() throws Exception {
        long run = ledger.run();
        List<ArticleRef> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(new ArticleRef(ledger.article("기사 " + i, List.of(Sentences.distinct(9, 40 + i))), "기사 " + i));
        }
        ScriptedEngine engine = new ScriptedEngine("e", FIVE, texts -> {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedEngine.tag("e", texts);
        });
        TranslationDriver driver = driver(engine, SpendLimit.of(1500, 0, 0, 0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (ArticleRef a : articles) {
            futures.add(pool.submit(() -> driver.translate(run, List.of(a))));
        }
        int stopped = 0;
        for (Future<Outcome> f : futures) {
            try {
                f.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(SpendLimitReachedException.class);
                stopped++;
            }
        }
        pool.shutdown();

        assertThat(stopped).isPositive();
        assertThat(chars(engine.allTexts())).isLessThanOrEqualTo(1500).isGreaterThan(1000);
        assertThat(ledger.usage(run).get(0).characters()).isEqualTo(chars(engine.allTexts()));
    }
}
