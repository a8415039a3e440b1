package dev.hanbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.translate.deepl.DeepLEngineProvider;

class ArticleTranslatorTest {

    private static final EngineLimits TEN = new EngineLimits(10, 10_000, 40_000, 0);
    private static final RetryPolicy FAST = new RetryPolicy(12, Duration.ofMillis(1), Duration.ofMillis(20));

    private final TestDb db = new TestDb();

    @Test
    void everySegmentIsTranslatedExactlyOnceThroughRandom429sServerErrorsAndTimeouts() throws Exception {
        long run = db.run("deepl");
        List<Long> ids = new ArrayList<>();
        List<String> shared = Sentences.distinct(3, 999); // the same sentences in every article: memory reuse
        for (int a = 0; a < 8; a++) {
            List<String> own = new ArrayList<>(Sentences.distinct(37, a));
            own.add(5, own.get(0)); // a sentence repeated inside the article
            own.addAll(shared);
            ids.add(db.article(run, "a" + a + ".txt", "기사 " + a, List.of(own.subList(0, 20),
                    own.subList(20, own.size()))));
        }
        try (FlakyDeepLServer fake = new FlakyDeepLServer(42, 0.15, 0.10, 0.05, 3000)) {
            TranslationEngine deepl = new DeepLEngineProvider().create(TestResources.settings(Map.of(
                    "DEEPL_API_KEY", "k", "DEEPL_BASE_URL", fake.baseUrl(),
                    "hanbridge.engines.deepl.request-timeout", "1500ms", "hanbridge.engines.deepl.max-segments", "7",
                    "hanbridge.engines.deepl.requests-per-second", "0")));
            ArticleTranslator translator = new ArticleTranslator(db.translations, db.usage, deepl, "en", FAST);

            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<ArticleTranslator.Outcome>> outcomes = new ArrayList<>();
            for (long id : ids) {
                outcomes.add(pool.submit(() -> translator.translate(id, "기사", run)));
            }
            for (Future<ArticleTranslator.Outcome> f : outcomes) {
                assertThat(f.get().untranslated()).isZero();
            }
            pool.shutdown();

            assertThat(fake.faults.get()).as("the fake did misbehave").isGreaterThan(5);
            long segments = db.count("SELECT COUNT(*) FROM hb_segment");
            assertThat(db.count("SELECT COUNT(*) FROM hb_translation")).isEqualTo(segments);
            assertThat(db.count("SELECT COUNT(*) FROM hb_translation_failure")).isZero();
            db.jdbc.sql("SELECT s.source_text, t.target_text FROM hb_segment s JOIN hb_translation t ON t.segment_id = s.id")
                    .query(rs -> {
                        assertThat(rs.getString(2)).isEqualTo(FlakyDeepLServer.translation(rs.getString(1)));
                    });
            // Each sentence of one article was answered exactly once, its repeat included (the
            // timeout is long enough that a normal answer is never cut off, even on a busy machine). Sentences that
            // several articles share may go out once per thread translating such an article at the same
            // moment (memory is looked up when an article starts), never once per article.
            fake.answered.forEach((source, n) -> assertThat(n.get()).as(source)
                    .isLessThanOrEqualTo(shared.contains(source) ? 3 : 1));
            assertThat(fake.batchSizes).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(7));
            EngineUsage usage = db.usage.ofRun(run).get(0);
            assertThat(usage.engine()).isEqualTo("deepl");
            assertThat(usage.requests()).isEqualTo(fake.requests.get());
            assertThat(usage.retries()).isEqualTo(fake.faults.get());
            assertThat(usage.segments()).isEqualTo(fake.answered.values().stream().mapToInt(AtomicInteger::get).sum());
            assertThat(usage.billedCharacters()).isEqualTo(fake.answered.entrySet().stream()
                    .mapToLong(e -> (long) e.getKey().length() * e.getValue().get()).sum());
        }
    }

    @Test
    void theFallbackEngineGetsOnlyWhatTheFirstRejected() {
        long run = db.run("first,second");
        List<String> sentences = new ArrayList<>(Sentences.distinct(12, 7));
        sentences.set(4, "이 문장은 거부된다.");
        sentences.set(9, "이 문장도 거부된다.");
        long article = db.article(run, "f.txt", "제목", List.of(sentences));
        ScriptedEngine first = new ScriptedEngine("first", TEN, texts -> {
            if (texts.stream().anyMatch(t -> t.contains("거부"))) {
                throw new PermanentTranslationException("first", "first cannot take this text (HTTP 400)");
            }
            return ScriptedEngine.tag("first", texts);
        });
        ScriptedEngine second = new ScriptedEngine("second", TEN, texts -> ScriptedEngine.tag("second", texts));
        TranslationEngine chain = new EngineRegistry(List.of(first.provider(), second.provider()))
                .create("first,second", EngineSettings.NONE);
        assertThat(chain.id()).isEqualTo("first,second");

        ArticleTranslator.Outcome outcome = new ArticleTranslator(db.translations, db.usage, chain, "en", FAST)
                .translate(article, "제목", run);

        assertThat(outcome.untranslated()).isZero();
        assertThat(second.allTexts()).containsExactlyInAnyOrder("이 문장은 거부된다.", "이 문장도 거부된다.");
        assertThat(db.count("SELECT COUNT(*) FROM hb_translation WHERE engine = 'second'")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM hb_translation WHERE engine = 'first'")).isEqualTo(11);
        assertThat(db.usage.ofRun(run)).extracting(EngineUsage::engine, EngineUsage::segments, EngineUsage::rejected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("first", 11L, 2L),
                        org.assertj.core.groups.Tuple.tuple("second", 2L, 0L));
    }

    @Test
    void whatTheLastEngineRejectsIsRecordedAndTheRestOfTheBatchStillTranslated() {
        long run = db.run("first");
        List<String> sentences = new ArrayList<>(Sentences.distinct(8, 3));
        sentences.set(5, "이 문장은 거부된다.");
        long article = db.article(run, "r.txt", "제목", List.of(sentences));
        ScriptedEngine only = new ScriptedEngine("first", TEN, texts -> {
            if (texts.stream().anyMatch(t -> t.contains("거부"))) {
                throw new PermanentTranslationException("first", "first rejected the request (HTTP 400)");
            }
            return ScriptedEngine.tag("first", texts);
        });

        ArticleTranslator.Outcome outcome = new ArticleTranslator(db.translations, db.usage, only, "en", FAST)
                .translate(article, "제목", run);

        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(outcome.machineTranslated()).isEqualTo(8);
        assertThat(db.count("SELECT COUNT(*) FROM hb_translation_failure WHERE engine = 'first'")).isEqualTo(1);
    }

    @Test
    void aMergingAnswerIsRetriedThenSplitUntilEverySegmentLinesUp() {
        long run = db.run("llm");
        List<String> sentences = new ArrayList<>(Sentences.distinct(8, 11));
        sentences.set(2, "병합을 부르는 문장이다.");
        long article = db.article(run, "m.txt", "제목", List.of(sentences));
        AtomicInteger misaligned = new AtomicInteger();
        ScriptedEngine llm = new ScriptedEngine("llm", TEN, texts -> {
            if (texts.size() > 1 && texts.contains("병합을 부르는 문장이다.")) {
                misaligned.incrementAndGet();
                throw new MisalignedReplyException("llm", "the model answered 7 ids for 8 segments");
            }
            return ScriptedEngine.tag("llm", texts);
        });

        ArticleTranslator.Outcome outcome = new ArticleTranslator(db.translations, db.usage, llm, "en", FAST)
                .translate(article, "제목", run);

        assertThat(outcome.untranslated()).isZero();
        // title+8 = 9 in one batch, tried twice; then halves [4|5]: the half with the merger tried twice
        // and split again [2|2]: tried twice and split [1|1] -> the lone segment translates.
        assertThat(llm.requests.stream().filter(r -> r.size() == 1 && r.get(0).contains("병합"))).hasSize(1);
        assertThat(misaligned.get()).isEqualTo(6);
        assertThat(db.count("SELECT COUNT(*) FROM hb_translation WHERE engine = 'llm'")).isEqualTo(9);
    }

    @Test
    void anExhaustedQuotaStopsTheRunAndKeepsWhatWasStored() {
        long run = db.run("deepl");
        long article = db.article(run, "q.txt", "제목", List.of(Sentences.distinct(25, 5)));
        AtomicInteger calls = new AtomicInteger();
        ScriptedEngine engine = new ScriptedEngine("deepl", TEN, texts -> {
            if (calls.incrementAndGet() > 1) {
                throw new QuotaExceededException("deepl", "DeepL character quota is used up (HTTP 456).");
            }
            return ScriptedEngine.tag("deepl", texts);
        });

        assertThatThrownBy(() -> new ArticleTranslator(db.translations, db.usage, engine, "en", FAST)
                .translate(article, "제목", run)).isInstanceOf(QuotaExceededException.class);

        assertThat(db.count("SELECT COUNT(*) FROM hb_translation")).isEqualTo(10);
        assertThat(db.usage.ofRun(run).get(0).requests()).isEqualTo(2);
        assertThat(db.translations.pending(article)).hasSize(16);
    }

    @Test
    void eachRequestCarriesTheGlossaryTermsOfItsOwnSegmentsAndTheArticleContext() {
        long run = db.run("g");
        List<String> sentences = new ArrayList<>(Sentences.distinct(14, 17));
        sentences.set(2, "오픈AI는 새 모델을 공개했다.");
        sentences.set(12, "삼성전자 주가가 올랐다.");
        new dev.hanbridge.store.GlossaryStore(db.jdbc).put("오픈AI", "OpenAI", null);
        new dev.hanbridge.store.GlossaryStore(db.jdbc).put("삼성전자", "Samsung Electronics", null);
        new dev.hanbridge.store.GlossaryStore(db.jdbc).put("샘 올트먼", "Sam Altman", null);
        long article = db.article(run, "g.txt", "인공지능 소식", List.of(sentences));
        ScriptedEngine engine = new ScriptedEngine("g", TEN, texts -> ScriptedEngine.tag("g", texts));

        new ArticleTranslator(db.translations, db.usage, engine, "en", FAST)
                .withGlossary(new dev.hanbridge.store.GlossaryStore(db.jdbc).all())
                .translate(article, "인공지능 소식", run);

        assertThat(engine.full).hasSize(2);
        assertThat(engine.full.get(0).context().glossary()).containsOnly(Map.entry("오픈AI", "OpenAI"));
        assertThat(engine.full.get(1).context().glossary()).containsOnly(Map.entry("삼성전자", "Samsung Electronics"));
        assertThat(engine.full.get(0).context().title()).isEqualTo("인공지능 소식");
        assertThat(engine.full.get(1).context().before()).hasSize(2);
        assertThat(engine.full.get(0).context().after()).hasSize(2);
    }

    @Test
    void deepLGetsFullBatchesOfFiftyInReadingOrder() throws Exception {
        long run = db.run("deepl");
        long article = db.article(run, "b.txt", "제목", List.of(Sentences.distinct(60, 31), Sentences.distinct(59, 32)));
        try (FlakyDeepLServer fake = new FlakyDeepLServer(1, 0, 0, 0, 0)) {
            TranslationEngine deepl = new DeepLEngineProvider().create(TestResources.settings(Map.of(
                    "DEEPL_API_KEY", "k", "DEEPL_BASE_URL", fake.baseUrl())));

            ArticleTranslator.Outcome outcome = new ArticleTranslator(db.translations, db.usage, deepl, "en", FAST)
                    .translate(article, "제목", run);

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
    void aTextDeepLRejectsIsIsolatedAndTranslatedByTheNextEngineOverHttp() throws Exception {
        long run = db.run("deepl,libretranslate");
        List<String> sentences = new ArrayList<>(Sentences.distinct(30, 41));
        sentences.set(17, "특수 기호 " + FlakyDeepLServer.POISON + " 가 들어간 문장이다.");
        long article = db.article(run, "p.txt", "제목", List.of(sentences));
        com.github.tomakehurst.wiremock.WireMockServer libre = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());
        libre.start();
        libre.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/translate").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"translatedText\": [\"A sentence with a symbol.\"]}")));
        try (FlakyDeepLServer deepl = new FlakyDeepLServer(1, 0, 0, 0, 0)) {
            TranslationEngine chain = EngineRegistry.discover(getClass().getClassLoader()).create("deepl,libretranslate",
                    TestResources.settings(Map.of("DEEPL_API_KEY", "k", "DEEPL_BASE_URL", deepl.baseUrl(),
                            "LIBRETRANSLATE_URL", libre.baseUrl())));

            ArticleTranslator.Outcome outcome = new ArticleTranslator(db.translations, db.usage, chain, "en", FAST)
                    .translate(article, "제목", run);

            assertThat(outcome.untranslated()).isZero();
            assertThat(db.count("SELECT COUNT(*) FROM hb_translation WHERE engine = 'deepl'")).isEqualTo(30);
            assertThat(db.jdbc.sql("SELECT t.target_text FROM hb_translation t JOIN hb_segment s ON s.id = t.segment_id"
                    + " WHERE t.engine = 'libretranslate'").query(String.class).list())
                    .containsExactly("A sentence with a symbol.");
            assertThat(libre.getAllServeEvents()).singleElement().satisfies(e -> assertThat(
                    e.getRequest().getBodyAsString()).contains(FlakyDeepLServer.POISON).contains("\"q\":["));
            assertThat(db.usage.ofRun(run)).extracting(dev.hanbridge.common.EngineUsage::engine)
                    .containsExactly("deepl", "libretranslate");
        } finally {
            libre.stop();
        }
    }

    @Test
    void shortArticlesShareRequestsWhenTheEngineTakesNoContext() {
        long run = db.run("g");
        List<ArticleTranslator.ArticleRef> refs = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            refs.add(new ArticleTranslator.ArticleRef(db.article(run, a + ".txt", "제목 " + a,
                    List.of(Sentences.distinct(6, 60 + a))), "제목 " + a));
        }
        ScriptedEngine packed = new ScriptedEngine("g", TEN, texts -> ScriptedEngine.tag("g", texts));

        ArticleTranslator.Outcome outcome = new ArticleTranslator(db.translations, db.usage, packed, "en", FAST)
                .translateAll(refs, run);

        assertThat(outcome.machineTranslated()).isEqualTo(35);
        assertThat(packed.requests).extracting(List::size).containsExactly(10, 10, 10, 5);
        assertThat(db.count("SELECT COUNT(*) FROM hb_translation")).isEqualTo(35);
        assertThat(outcome.usage()).singleElement().satisfies(u -> assertThat(u.requests()).isEqualTo(4));
    }

    @Test
    void articlesKeepRequestsOfTheirOwnWhenTheEngineSendsContext() {
        long run = db.run("d");
        List<ArticleTranslator.ArticleRef> refs = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            refs.add(new ArticleTranslator.ArticleRef(db.article(run, a + ".txt", "제목 " + a,
                    List.of(Sentences.distinct(6, 70 + a))), "제목 " + a));
        }
        ScriptedEngine withContext = new ScriptedEngine("d", TEN, texts -> ScriptedEngine.tag("d", texts))
                .usingContext();

        ArticleTranslator.Outcome outcome = new ArticleTranslator(db.translations, db.usage, withContext, "en", FAST)
                .translateAll(refs, run);

        assertThat(outcome.machineTranslated()).isEqualTo(21);
        assertThat(withContext.full).extracting(r -> r.context().title()).containsExactly("제목 0", "제목 1", "제목 2");
        assertThat(outcome.requests()).isEqualTo(3);
    }
}
