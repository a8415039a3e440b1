package dev.hanbridge.translate.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.Sentences;
import dev.hanbridge.translate.TranslationEngine;

/** The driver over scripted engines: memory, chains, halving, alignment, glossary, packing. */
class TranslationDriverTest {

    private static final EngineLimits TEN = new EngineLimits(10, 10_000, 40_000, 0);
    private static final RetryPolicy FAST = new RetryPolicy(12, Duration.ofMillis(1), Duration.ofMillis(20));

    private final InMemoryLedger ledger = new InMemoryLedger();

    private TranslationDriver driver(List<TranslationEngine> chain) {
        return TranslationDriver.builder(ledger, chain, "en").usage(ledger).retry(FAST).build();
    }

    /**
     * A driver whose engine has answered one request in line already, as in the middle of a run:
     * its misaligned answers get a second try and its failed batches are halved.
     */
    private TranslationDriver answeredOnce(ScriptedEngine engine, long run) {
        TranslationDriver driver = driver(List.of(engine));
        driver.translate(run, one(ledger.article("준비", List.of()), "준비"));
        engine.requests.clear();
        engine.full.clear();
        return driver;
    }

    private static List<ArticleRef> one(long article, String title) {
        return List.of(new ArticleRef(article, title));
    }

    @Test
    void theFallbackEngineGetsOnlyWhatTheFirstRejected() {
        long run = ledger.run();
        List<String> sentences = new ArrayList<>(Sentences.distinct(12, 7));
        sentences.set(4, "이 문장은 거부된다.");
        sentences.set(9, "이 문장도 거부된다.");
        long article = ledger.article("제목", List.of(sentences));
        ScriptedEngine first = new ScriptedEngine("first", TEN, texts -> {
            if (texts.stream().anyMatch(t -> t.contains("거부"))) {
                throw new PermanentTranslationException("first", "first cannot take this text (HTTP 400)");
            }
            return ScriptedEngine.tag("first", texts);
        });
        ScriptedEngine second = new ScriptedEngine("second", TEN, texts -> ScriptedEngine.tag("second", texts));
        List<TranslationEngine> chain = new EngineRegistry(List.of(first.provider(), second.provider()))
                .create("first,second", EngineSettings.NONE);
        assertThat(chain).extracting(e -> e.info().id()).containsExactly("first", "second");

        Outcome outcome = driver(chain).translate(run, one(article, "제목"));

        assertThat(outcome.untranslated()).isZero();
        assertThat(second.allTexts()).containsExactlyInAnyOrder("이 문장은 거부된다.", "이 문장도 거부된다.");
        assertThat(ledger.translationsBy("second")).hasSize(2);
        assertThat(ledger.translationsBy("first")).hasSize(11);
        assertThat(ledger.usage(run)).extracting(EngineUsage::engine, EngineUsage::segments, EngineUsage::rejected)
                .containsExactly(tuple("first", 11L, 2L), tuple("second", 2L, 0L));
    }

    @Test
    void onlyRejectionsForGoodPassToTheNextEngineNeverBusyAnswers() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(List.of("문장")));
        ScriptedEngine busy = new ScriptedEngine("c", EngineLimits.UNLIMITED, t -> {
            throw new dev.hanbridge.translate.TransientTranslationException("c", "c answered HTTP 429");
        });
        ScriptedEngine second = new ScriptedEngine("b", EngineLimits.UNLIMITED, t -> ScriptedEngine.tag("b", t));

        assertThatThrownBy(() -> TranslationDriver.builder(ledger, List.of(busy, second), "en")
                .retry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2))).build()
                .translate(run, one(article, "제목")))
                .isInstanceOf(dev.hanbridge.translate.TransientTranslationException.class);

        assertThat(busy.requests).hasSize(3);
        assertThat(second.requests).isEmpty();
        assertThat(ledger.translations()).isEmpty();
    }

    @Test
    void aRetryAfterIsWaitedOutBeforeTheNextTry() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(List.of("문장이다.")));
        List<Long> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        ScriptedEngine busyOnce = new ScriptedEngine("b", TEN, texts -> {
            calls.add(System.nanoTime());
            if (calls.size() == 1) {
                throw new dev.hanbridge.translate.TransientTranslationException("b", "b answered HTTP 429",
                        Duration.ofMillis(300), null);
            }
            return ScriptedEngine.tag("b", texts);
        });

        Outcome outcome = driver(List.of(busyOnce)).translate(run, one(article, "제목"));

        assertThat(outcome.untranslated()).isZero();
        assertThat(outcome.retries()).isEqualTo(1);
        assertThat(calls).hasSize(2);
        assertThat(Duration.ofNanos(calls.get(1) - calls.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void whatTheLastEngineRejectsIsRecordedAndTheRestOfTheBatchStillTranslated() {
        long run = ledger.run();
        List<String> sentences = new ArrayList<>(Sentences.distinct(8, 3));
        sentences.set(5, "이 문장은 거부된다.");
        long article = ledger.article("제목", List.of(sentences));
        ScriptedEngine only = new ScriptedEngine("first", TEN, texts -> {
            if (texts.stream().anyMatch(t -> t.contains("거부"))) {
                throw new PermanentTranslationException("first", "first rejected the request (HTTP 400)");
            }
            return ScriptedEngine.tag("first", texts);
        });

        Outcome outcome = driver(List.of(only)).translate(run, one(article, "제목"));

        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(outcome.machineTranslated()).isEqualTo(8);
        assertThat(ledger.failures()).singleElement().satisfies(f -> {
            assertThat(f.engine()).isEqualTo("first");
            assertThat(f.reason()).contains("HTTP 400");
        });
    }

    @Test
    void aMergingAnswerIsRetriedThenSplitUntilEverySegmentLinesUp() {
        long run = ledger.run();
        List<String> sentences = new ArrayList<>(Sentences.distinct(8, 11));
        sentences.set(2, "병합을 부르는 문장이다.");
        long article = ledger.article("제목", List.of(sentences));
        AtomicInteger misaligned = new AtomicInteger();
        ScriptedEngine llm = new ScriptedEngine("llm", TEN, texts -> {
            if (texts.size() > 1 && texts.contains("병합을 부르는 문장이다.")) {
                misaligned.incrementAndGet();
                throw new MisalignedReplyException("llm", "the model answered 7 ids for 8 segments");
            }
            return ScriptedEngine.tag("llm", texts);
        });

        Outcome outcome = answeredOnce(llm, run).translate(run, one(article, "제목"));

        assertThat(outcome.untranslated()).isZero();
        // title+8 = 9 in one batch, tried twice; then halves [4|5]: the half with the merger tried twice
        // and split again [2|2]: tried twice and split [1|1] -> the lone segment translates.
        assertThat(llm.requests.stream().filter(r -> r.size() == 1 && r.get(0).contains("병합"))).hasSize(1);
        assertThat(misaligned.get()).isEqualTo(6);
        assertThat(ledger.translationsBy("llm")).hasSize(1 + 9);
    }

    @Test
    void anAnswerShortOfATargetIsTriedAgainThenSplitAndNeverStoredOutOfLine() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(Sentences.distinct(3, 13)));
        ScriptedEngine dropping = new ScriptedEngine("d", TEN, texts -> texts.size() > 1
                ? ScriptedEngine.tag("d", texts.subList(1, texts.size())) : ScriptedEngine.tag("d", texts));

        Outcome outcome = answeredOnce(dropping, run).translate(run, one(article, "제목"));

        // [4] twice, [2|2] twice each, then four singles.
        assertThat(dropping.requests).extracting(List::size).containsExactly(4, 4, 2, 2, 1, 1, 2, 2, 1, 1);
        assertThat(outcome.untranslated()).isZero();
        assertThat(outcome.retries()).isEqualTo(3);
        assertThat(ledger.translations()).allSatisfy(t -> assertThat(t.target()).isEqualTo("d:" + t.source()));
    }

    @Test
    void aMissingTargetInAnAnswerCountsAsOutOfLine() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(List.of("하나다.")));
        ScriptedEngine gap = new ScriptedEngine("g", TEN, texts -> texts.size() > 1
                ? java.util.Arrays.asList("g:" + texts.get(0), null) : ScriptedEngine.tag("g", texts));

        answeredOnce(gap, run).translate(run, one(article, "제목"));

        assertThat(gap.requests).extracting(List::size).containsExactly(2, 2, 1, 1);
        assertThat(ledger.translations()).extracting(InMemoryLedger.Stored::target)
                .containsExactlyInAnyOrder("g:준비", "g:제목", "g:하나다.");
    }

    @Test
    void anExhaustedQuotaStopsTheRunAndKeepsWhatWasStored() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(Sentences.distinct(25, 5)));
        AtomicInteger calls = new AtomicInteger();
        ScriptedEngine engine = new ScriptedEngine("deepl", TEN, texts -> {
            if (calls.incrementAndGet() > 1) {
                throw new QuotaExceededException("deepl", "DeepL character quota is used up (HTTP 456).");
            }
            return ScriptedEngine.tag("deepl", texts);
        });

        assertThatThrownBy(() -> driver(List.of(engine)).translate(run, one(article, "제목")))
                .isInstanceOf(QuotaExceededException.class);

        assertThat(ledger.translations()).hasSize(10);
        assertThat(ledger.usage(run).get(0).requests()).isEqualTo(2);
        assertThat(ledger.pending(article)).hasSize(16);
    }

    @Test
    void eachRequestCarriesTheGlossaryTermsOfItsOwnSegmentsAndTheArticleContext() {
        long run = ledger.run();
        List<String> sentences = new ArrayList<>(Sentences.distinct(14, 17));
        sentences.set(2, "오픈AI는 새 모델을 공개했다.");
        sentences.set(12, "삼성전자 주가가 올랐다.");
        long article = ledger.article("인공지능 소식", List.of(sentences));
        ScriptedEngine engine = new ScriptedEngine("g", TEN, texts -> ScriptedEngine.tag("g", texts));

        TranslationDriver.builder(ledger, List.of(engine), "en").retry(FAST)
                .glossary(Map.of("오픈AI", "OpenAI", "삼성전자", "Samsung Electronics", "샘 올트먼", "Sam Altman")).build()
                .translate(run, one(article, "인공지능 소식"));

        assertThat(engine.full).hasSize(2);
        assertThat(engine.full.get(0).context().glossary()).containsOnly(Map.entry("오픈AI", "OpenAI"));
        assertThat(engine.full.get(1).context().glossary()).containsOnly(Map.entry("삼성전자", "Samsung Electronics"));
        assertThat(engine.full.get(0).context().title()).isEqualTo("인공지능 소식");
        assertThat(engine.full.get(1).context().before()).hasSize(2);
        assertThat(engine.full.get(0).context().after()).hasSize(2);
    }

    @Test
    void shortArticlesShareRequestsWhenTheEngineTakesNoContext() {
        long run = ledger.run();
        List<ArticleRef> refs = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            refs.add(new ArticleRef(ledger.article("제목 " + a, List.of(Sentences.distinct(6, 60 + a))), "제목 " + a));
        }
        ScriptedEngine packed = new ScriptedEngine("g", TEN, texts -> ScriptedEngine.tag("g", texts));

        Outcome outcome = driver(List.of(packed)).translate(run, refs);

        assertThat(outcome.machineTranslated()).isEqualTo(35);
        assertThat(packed.requests).extracting(List::size).containsExactly(10, 10, 10, 5);
        assertThat(ledger.translations()).hasSize(35);
        assertThat(outcome.usage()).singleElement().satisfies(u -> assertThat(u.requests()).isEqualTo(4));
    }

    @Test
    void articlesKeepRequestsOfTheirOwnWhenTheEngineSendsContext() {
        long run = ledger.run();
        List<ArticleRef> refs = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            refs.add(new ArticleRef(ledger.article("제목 " + a, List.of(Sentences.distinct(6, 70 + a))), "제목 " + a));
        }
        ScriptedEngine withContext = new ScriptedEngine("d", TEN, texts -> ScriptedEngine.tag("d", texts))
                .usingContext();

        Outcome outcome = driver(List.of(withContext)).translate(run, refs);

        assertThat(outcome.machineTranslated()).isEqualTo(21);
        assertThat(withContext.full).extracting(r -> r.context().title()).containsExactly("제목 0", "제목 1", "제목 2");
        assertThat(outcome.requests()).isEqualTo(3);
    }

    @Test
    void withTheEmptyChainOfNoneOnlyMemoryIsApplied() {
        long run = ledger.run();
        ScriptedEngine earlier = new ScriptedEngine("e", TEN, texts -> ScriptedEngine.tag("e", texts));
        long first = ledger.article("제목", List.of(List.of("이미 번역된 문장이다.")));
        driver(List.of(earlier)).translate(run, one(first, "제목"));
        long second = ledger.article("제목", List.of(List.of("이미 번역된 문장이다.", "새 문장이다.")));
        List<TranslationEngine> none = EngineRegistry.discover(getClass().getClassLoader())
                .create("none", EngineSettings.NONE);

        Outcome outcome = driver(none).translate(run, one(second, "제목"));

        assertThat(none).isEmpty();
        assertThat(outcome.fromMemory()).isEqualTo(2);
        assertThat(outcome.untranslated()).isEqualTo(1);
        assertThat(outcome.usage()).isEmpty();
        assertThat(ledger.pending(second)).extracting(s -> s.sourceText()).containsExactly("새 문장이다.");
        assertThat(ledger.translations()).filteredOn(t -> t.translation().origin() == TranslationOrigin.TM_EXACT)
                .hasSize(2);
    }

    @Test
    void segmentsWithoutKoreanAreCopiedAsTheyAreAndSentToNoEngine() {
        long run = ledger.run();
        List<String> labels = List.of("IT", "GPT-4o", "https://example.com/news/2026/03/14", "2026.03.14 09:30",
                "1,234.5");
        long article = ledger.article("오픈AI, o3-mini 공개", List.of(labels,
                List.of("오픈AI가 새 모델을 공개했다.", "美·中 갈등이 이어졌다.")));
        ScriptedEngine engine = new ScriptedEngine("e", TEN, texts -> ScriptedEngine.tag("e", texts));

        Outcome outcome = driver(List.of(engine)).translate(run, one(article, "오픈AI, o3-mini 공개"));

        // Hanja is Korean to translate: 美·中 is "US-China".
        assertThat(engine.allTexts()).containsExactly("오픈AI, o3-mini 공개", "오픈AI가 새 모델을 공개했다.",
                "美·中 갈등이 이어졌다.");
        assertThat(outcome.copied()).isEqualTo(5);
        assertThat(outcome.machineTranslated()).isEqualTo(3);
        assertThat(outcome.untranslated()).isZero();
        assertThat(ledger.translations()).filteredOn(t -> t.translation().origin() == TranslationOrigin.COPIED)
                .extracting(InMemoryLedger.Stored::target).containsExactlyElementsOf(labels);
        assertThat(ledger.translations()).filteredOn(t -> t.translation().origin() == TranslationOrigin.COPIED)
                .allSatisfy(t -> assertThat(t.engine()).isNull());
        assertThat(ledger.lookup(List.of(dev.hanbridge.common.text.KoreanText.hash("IT")), "en")).isEmpty();
    }

    @Test
    void withNoneTooSegmentsWithoutKoreanAreCopied() {
        long run = ledger.run();
        long article = ledger.article("제목", List.of(List.of("AI", "새 문장이다.")));

        Outcome outcome = driver(List.of()).translate(run, one(article, "제목"));

        assertThat(outcome.copied()).isEqualTo(1);
        assertThat(outcome.untranslated()).isEqualTo(2);
        assertThat(ledger.pending(article)).extracting(s -> s.sourceText()).containsExactly("제목", "새 문장이다.");
    }
}
