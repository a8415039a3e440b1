package dev.hanbridge.translate.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.qa.QaChecker;
import dev.hanbridge.translate.qa.QaRecorder;

/** The driver with QA: every stored machine or memory translation is checked once, crashes caught up on. */
class QaThroughTheDriverTest {

    private static final Map<String, String> ANSWERS = Map.of(
            "제목", "Title",
            "회사는 557만 달러를 유치했다.", "The company raised $557 million.",
            "서울에서 회의가 열렸다.", "A meeting was held in 서울.",
            "주가는 3.5% 올랐다.", "The share price rose 3.5%.");

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final ScriptedEngine engine = new ScriptedEngine("scripted", EngineLimits.UNLIMITED,
            texts -> texts.stream().map(ANSWERS::get).toList());

    private TranslationDriver driver(boolean qa) {
        TranslationDriver.Builder b = TranslationDriver.builder(ledger, List.of(engine), "en");
        return (qa ? b.qa(new QaRecorder(ledger, new QaChecker(), Map.of())) : b).build();
    }

    private long article() {
        return ledger.article("제목", List.of(List.of("회사는 557만 달러를 유치했다.", "서울에서 회의가 열렸다."),
                List.of("주가는 3.5% 올랐다.")));
    }

    private SegmentPair checked(String source) {
        return ledger.checked().values().stream().filter(p -> p.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void recordsWhatTheChecksFindInEachTranslationAndNothingForACorrectOne() {
        long article = article();

        driver(true).translate(ledger.run(), List.of(new ArticleRef(article, "제목")));

        assertThat(ledger.checked()).hasSize(4);
        assertThat(checked("회사는 557만 달러를 유치했다.").findings())
                .extracting(QualityFinding::check, QualityFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("numbers", QualityFinding.Severity.ERROR));
        SegmentPair hangul = checked("서울에서 회의가 열렸다.");
        assertThat(hangul.findings()).extracting(QualityFinding::check).containsExactly("untranslated");
        assertThat(hangul.findings().get(0).target().of(hangul.target())).isEqualTo("서울");
        assertThat(checked("주가는 3.5% 올랐다.").findings()).isEmpty();
    }

    @Test
    void checksTranslationsACrashLeftUncheckedWhenTheArticleComesBack() {
        long article = article();
        driver(false).translate(ledger.run(), List.of(new ArticleRef(article, "제목"))); // stored, never checked
        assertThat(ledger.checked()).isEmpty();
        int requests = engine.requests.size();

        driver(true).translate(ledger.run(), List.of(new ArticleRef(article, "제목")));

        assertThat(engine.requests).hasSize(requests); // nothing sent again
        assertThat(ledger.checked()).hasSize(4);
        assertThat(checked("회사는 557만 달러를 유치했다.").findings()).isNotEmpty();
    }

    @Test
    void checksMemoryMatchesButNeitherHumanTranslationsNorWhatItCheckedBefore() {
        long first = article();
        driver(true).translate(ledger.run(), List.of(new ArticleRef(first, "제목")));
        long second = ledger.article("다른 제목", List.of(List.of("회사는 557만 달러를 유치했다.")));
        PendingSegment title = ledger.pending(second).get(0);
        ledger.save(List.of(new NewTranslation(title.segmentId(), title.sourceText(), title.sourceHash(),
                "A title a person wrote", TranslationOrigin.HUMAN, null, null)), 1, "en");

        driver(true).translate(ledger.run(), List.of(new ArticleRef(second, "다른 제목")));

        assertThat(ledger.checked()).hasSize(5).doesNotContainKey(title.segmentId());
        SegmentPair reused = ledger.checked().values().stream()
                .filter(p -> p.origin() == TranslationOrigin.TM_EXACT).findFirst().orElseThrow();
        assertThat(reused.findings()).extracting(QualityFinding::check).containsExactly("numbers");
    }

    @Test
    void checksTheGlossaryTermsTheDriverWasGiven() {
        long article = ledger.article("오픈AI 발표", List.of(List.of("오픈AI는 새 모델을 공개했다.")));
        ScriptedEngine loose = new ScriptedEngine("loose", EngineLimits.UNLIMITED, texts -> texts.stream()
                .map(t -> t.startsWith("오픈AI는") ? "Open AI released a new model." : "OpenAI announcement").toList());
        Map<String, String> glossary = Map.of("오픈AI", "OpenAI");

        TranslationDriver.builder(ledger, List.of(loose), "en").glossary(glossary)
                .qa(new QaRecorder(ledger, new QaChecker(), glossary)).build()
                .translate(ledger.run(), List.of(new ArticleRef(article, "오픈AI 발표")));

        assertThat(checked("오픈AI는 새 모델을 공개했다.").findings()).extracting(QualityFinding::check)
                .containsExactly("glossary");
        assertThat(checked("오픈AI 발표").findings()).isEmpty();
    }
}
