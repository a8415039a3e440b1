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

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.Sentences;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationException;

/**
 * An engine that fails in a way the run cannot get past stops after a handful of requests, not
 * after one per segment: the whole run's threads see it at once, and a fallback engine takes the rest.
 */
class StoppingEnginesTest {

    private static final EngineLimits TWENTY = new EngineLimits(20, 10_000, 40_000, 0);
    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5));

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    private TranslationDriver driver(List<TranslationEngine> chain) {
        return TranslationDriver.builder(ledger, chain, "en").usage(ledger).retry(FAST).warnings(warnings::add).build();
    }

    private List<ArticleRef> articles(int count, int sentences) {
        List<ArticleRef> refs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            refs.add(new ArticleRef(ledger.article("기사 " + i, List.of(Sentences.distinct(sentences, 100 + i))),
                    "기사 " + i));
        }
        return refs;
    }

    @Test
    void aModelThatNeverAnswersInLineStopsTheRunAfterAFewRequests() {
        long run = ledger.run();
        List<ArticleRef> articles = articles(1, 40);
        ScriptedEngine prose = new ScriptedEngine("llm", TWENTY, texts -> {
            throw new MisalignedReplyException("llm", "the model answered prose, not a JSON object for "
                    + texts.size() + " segments (choose another with OPENAI_MODEL)");
        });

        assertThatThrownBy(() -> driver(List.of(prose)).translate(run, articles))
                .isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("refused 3 segments in a row the same way").hasMessageContaining("OPENAI_MODEL");

        // The first batch once, then three single segments: never halved batch after batch.
        assertThat(prose.requests).extracting(List::size).containsExactly(20, 1, 1, 1);
        assertThat(ledger.failures()).isEmpty(); // left pending: a restart with another engine takes them
        assertThat(ledger.usage(run).get(0).requests()).isEqualTo(4);
    }

    @Test
    void whileAnEngineHasNotAnsweredAFailedBatchIsTriedSegmentBySegmentThenBatchedAgain() {
        long run = ledger.run();
        List<String> sentences = new ArrayList<>(Sentences.distinct(10, 3));
        long article = ledger.article("제목이다", List.of(sentences));
        ScriptedEngine picky = new ScriptedEngine("p", TWENTY, texts -> {
            if (texts.contains("제목이다")) {
                throw new PermanentTranslationException("p", "p rejected the request (HTTP 400: bad title)");
            }
            return ScriptedEngine.tag("p", texts);
        });

        Outcome outcome = driver(List.of(picky)).translate(run, List.of(new ArticleRef(article, "제목이다")));

        assertThat(picky.requests).extracting(List::size).containsExactly(11, 1, 1, 9);
        assertThat(outcome.machineTranslated()).isEqualTo(10);
        assertThat(outcome.failed()).isEqualTo(1);
    }

    @Test
    void refusalsForDifferentReasonsOrWithAnswersBetweenThemDoNotStopTheEngine() {
        long run = ledger.run();
        List<String> sentences = new ArrayList<>(Sentences.distinct(12, 5));
        for (int i : new int[] {2, 5, 8, 11}) {
            sentences.set(i, "거부되는 문장 " + i + "이다.");
        }
        long article = ledger.article("제목", List.of(sentences));
        ScriptedEngine picky = new ScriptedEngine("p", new EngineLimits(3, 10_000, 40_000, 0), texts -> {
            if (texts.stream().anyMatch(t -> t.contains("거부"))) {
                throw new PermanentTranslationException("p", "p rejected the request (HTTP 400: text flagged)");
            }
            return ScriptedEngine.tag("p", texts);
        });

        Outcome outcome = driver(List.of(picky)).translate(run, List.of(new ArticleRef(article, "제목")));

        assertThat(outcome.failed()).isEqualTo(4);
        assertThat(outcome.machineTranslated()).isEqualTo(9);
    }

    @Test
    void aMissingModelCostsOneRequestHoweverManyThreadsAreTranslating() throws Exception {
        long run = ledger.run();
        List<ArticleRef> articles = articles(8, 5);
        ScriptedEngine missing = new ScriptedEngine("openai", TWENTY, texts -> {
            sleep(50); // the other threads have time to send theirs, were they let
            throw new EngineConfigurationException("openai", "The model `gpt-9` does not exist (HTTP 404). Check"
                    + " OPENAI_MODEL.");
        });
        TranslationDriver driver = driver(List.of(missing));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (ArticleRef a : articles) {
            futures.add(pool.submit(() -> driver.translate(run, List.of(a))));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            try {
                f.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(missing.requests).hasSize(1);
        assertThat(failures).hasSize(8).allSatisfy(t -> assertThat(t).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("OPENAI_MODEL"));
    }

    @Test
    void aStoppedEngineLeavesTheRestToTheFallbackAndSaysSoOnce() {
        long run = ledger.run();
        List<ArticleRef> articles = articles(3, 6);
        ScriptedEngine missing = new ScriptedEngine("openai", TWENTY, texts -> {
            throw new EngineConfigurationException("openai", "The model `gpt-9` does not exist (HTTP 404). Check"
                    + " OPENAI_MODEL.");
        });
        ScriptedEngine fallback = new ScriptedEngine("deepl", TWENTY, texts -> ScriptedEngine.tag("deepl", texts));
        TranslationDriver driver = driver(List.of(missing, fallback));

        Outcome outcome = Outcome.NONE;
        for (ArticleRef a : articles) {
            outcome = outcome.plus(driver.translate(run, List.of(a)));
        }

        assertThat(outcome.untranslated()).isZero();
        assertThat(missing.requests).hasSize(1);
        assertThat(ledger.translationsBy("deepl")).hasSize(3 * 7);
        assertThat(warnings).singleElement().asString().startsWith("openai stopped: The model `gpt-9` does not exist")
                .endsWith("The rest went to deepl.");
    }

    @Test
    void retriesUsedUpStopTheEngineForEveryThreadButGoToNoFallback() {
        long run = ledger.run();
        List<ArticleRef> articles = articles(2, 3);
        ScriptedEngine down = new ScriptedEngine("a", TWENTY, texts -> {
            throw new TransientTranslationException("a", "a refused the connection; will retry.");
        });
        ScriptedEngine fallback = new ScriptedEngine("b", TWENTY, texts -> ScriptedEngine.tag("b", texts));
        TranslationDriver driver = driver(List.of(down, fallback));

        assertThatThrownBy(() -> driver.translate(run, List.of(articles.get(0))))
                .isInstanceOf(TransientTranslationException.class);
        assertThatThrownBy(() -> driver.translate(run, List.of(articles.get(1))))
                .isInstanceOf(TransientTranslationException.class);

        assertThat(down.requests).hasSize(FAST.maxAttempts());
        assertThat(fallback.requests).isEmpty();
    }

    @Test
    void anEngineStoppedByTheRunIsNeverCalledAgainByAnyThread() {
        long run = ledger.run();
        List<ArticleRef> articles = articles(2, 3);
        ScriptedEngine quota = new ScriptedEngine("deepl", TWENTY, texts -> {
            throw new dev.hanbridge.translate.QuotaExceededException("deepl", "DeepL quota used up (HTTP 456).");
        });
        TranslationDriver driver = driver(List.of(quota));

        for (ArticleRef a : articles) {
            assertThatThrownBy(() -> driver.translate(run, List.of(a))).isInstanceOf(TranslationException.class)
                    .hasMessageContaining("HTTP 456");
        }
        assertThat(quota.requests).hasSize(1);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
