package dev.hanbridge.translate.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.TranslationRequest.Reference;
import dev.hanbridge.translate.memory.FuzzyMemory;
import dev.hanbridge.translate.memory.FuzzyMemory.Policy;

/** Exact and fuzzy translation memory in the driver: what is reused, offered, recorded and sent. */
class MemoryThroughTheDriverTest {

    private static final EngineLimits TEN = new EngineLimits(10, 10_000, 40_000, 0);
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5));
    private static final String BUDGET_2025 = "서울시는 내년 예산을 48조 1000억원으로 늘린다고 밝혔다.";
    private static final String BUDGET_2025_EN = "Seoul said it will raise next year's budget to 48.1 trillion won.";
    private static final String BUDGET_2026 = "서울시는 내년 예산을 51조 1000억원으로 늘린다고 밝혔다.";

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final ScriptedEngine engine = new ScriptedEngine("llm", TEN, texts -> ScriptedEngine.tag("llm", texts))
            .usingContext();

    private TranslationDriver driver(Policy policy) {
        return TranslationDriver.builder(ledger, List.of(engine), "en-US").retry(FAST)
                .fuzzy(new FuzzyMemory(ledger, "en-US", policy)).build();
    }

    private PendingSegment segment(long article, String text) {
        return ledger.pending(article).stream().filter(s -> s.sourceText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aPersonsTranslationIsReusedAsHumanAndAMachinesAsMemoryWithoutFeedingEitherBack() {
        ledger.remember("김하늘 기자", "By Kim Ha-neul", TranslationOrigin.HUMAN, null, "en-US");
        ledger.remember("버스가 늦었다.", "The bus was late.", TranslationOrigin.MT, "deepl", "en-US");
        long run = ledger.run();
        long article = ledger.article("김하늘 기자", List.of(List.of("버스가 늦었다.", "비가 내렸다.")));
        long byline = segment(article, "김하늘 기자").segmentId();
        long late = segment(article, "버스가 늦었다.").segmentId();

        Outcome outcome = driver(Policy.DEFAULT).translate(run, List.of(new ArticleRef(article, "김하늘 기자")));

        assertThat(engine.allTexts()).containsExactly("비가 내렸다.");
        assertThat(outcome.fromMemory()).isEqualTo(2);
        assertThat(ledger.translation(byline).translation()).satisfies(t -> {
            assertThat(t.origin()).isEqualTo(TranslationOrigin.HUMAN);
            assertThat(t.engine()).isNull();
            assertThat(t.score()).isEqualTo(100.0);
            assertThat(t.fromMemory()).isTrue();
        });
        assertThat(ledger.translation(late).translation().origin()).isEqualTo(TranslationOrigin.TM_EXACT);
    }

    @Test
    void aSimilarSentenceIsOfferedToTheEngineAndRecordedButNotTakenUnlessThePolicySays() {
        ledger.remember(BUDGET_2025, BUDGET_2025_EN, TranslationOrigin.HUMAN, null, "en-US");
        long run = ledger.run();
        long article = ledger.article("예산", List.of(List.of(BUDGET_2026)));
        long budget = segment(article, BUDGET_2026).segmentId();

        driver(Policy.DEFAULT).translate(run, List.of(new ArticleRef(article, "예산")));

        assertThat(engine.allTexts()).contains(BUDGET_2026);
        List<Reference> references = engine.full.stream().flatMap(r -> r.context().references().stream()).toList();
        assertThat(references).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(engine.requests.get(0).indexOf(BUDGET_2026));
            assertThat(r.percent()).isBetween(90, 99);
            assertThat(r.target()).isEqualTo(BUDGET_2025_EN);
            assertThat(r.human()).isTrue();
        });
        assertThat(ledger.candidates(budget)).singleElement()
                .extracting(MemoryMatch::source, MemoryMatch::origin)
                .containsExactly(BUDGET_2025, TranslationOrigin.HUMAN);
        assertThat(ledger.translation(budget).translation().origin()).isEqualTo(TranslationOrigin.MT);
    }

    @Test
    void aMatchAtOrAboveApplyAboveIsTakenAsAFuzzyTranslationAndNothingIsSent() {
        ledger.remember(BUDGET_2025, BUDGET_2025_EN, TranslationOrigin.HUMAN, null, "en-US");
        long run = ledger.run();
        long article = ledger.article(BUDGET_2026, List.of());

        Outcome outcome = driver(new Policy(75, 3, 90)).translate(run, List.of(new ArticleRef(article, BUDGET_2026)));

        assertThat(engine.requests).isEmpty();
        assertThat(outcome.fromMemory()).isEqualTo(1);
        assertThat(ledger.translations()).singleElement().satisfies(s -> {
            assertThat(s.translation().origin()).isEqualTo(TranslationOrigin.TM_FUZZY);
            assertThat(s.target()).isEqualTo(BUDGET_2025_EN);
            assertThat(s.translation().score()).isBetween(90.0, 99.0);
        });
    }

    @Test
    void whatAnEarlierArticleOfTheRunStoredIsOfferedToTheNextOne() {
        long run = ledger.run();
        long first = ledger.article("예산", List.of(List.of(BUDGET_2025)));
        long second = ledger.article("예산", List.of(List.of(BUDGET_2026)));
        TranslationDriver driver = driver(Policy.DEFAULT);

        driver.translate(run, List.of(new ArticleRef(first, "예산")));
        driver.translate(run, List.of(new ArticleRef(second, "예산")));

        assertThat(engine.full.get(engine.full.size() - 1).context().references()).singleElement()
                .satisfies(r -> assertThat(r.target()).isEqualTo("llm:" + BUDGET_2025));
    }

    @Test
    void withFuzzyMatchingOffNothingIsLookedUp() {
        ledger.remember(BUDGET_2025, BUDGET_2025_EN, TranslationOrigin.HUMAN, null, "en-US");
        long run = ledger.run();
        long article = ledger.article("예산", List.of(List.of(BUDGET_2026)));
        long budget = segment(article, BUDGET_2026).segmentId();

        driver(new Policy(75, 0, 0)).translate(run, List.of(new ArticleRef(article, "예산")));

        assertThat(engine.full).isNotEmpty().allSatisfy(r -> assertThat(r.context().references()).isEmpty());
        assertThat(ledger.candidates(budget)).isEmpty();
    }
}
