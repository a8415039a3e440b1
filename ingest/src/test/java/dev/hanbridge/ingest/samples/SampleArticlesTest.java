package dev.hanbridge.ingest.samples;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.ingest.ArticleExtractor;
import dev.hanbridge.ingest.Source;
import dev.hanbridge.ingest.Sources;
import dev.hanbridge.ingest.UnreadableSourceException;
import dev.hanbridge.ingest.tika.ExtractedArticle;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every committed sample article extracts with its title, typed bylines and credits, and decoded Hangul. */
class SampleArticlesTest {

    /** Surefire runs in the module directory. */
    private static final Path ARTICLES = Path.of("../samples/articles");
    private static final Path SOURCES = Path.of("../samples/sources");

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Map<String, ExtractedArticle> samples = extractAll();

    @Test
    void everySampleHasATitleAndFourToTenParagraphs() {
        assertThat(samples).hasSize(8);
        samples.forEach((name, article) -> {
            assertThat(article.title()).as(name).isNotBlank();
            assertThat(article.blocks().get(0).kind()).as(name).isEqualTo(BlockKind.TITLE);
            assertThat(article.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).count()).as(name)
                    .isBetween(4L, 10L);
            assertThat(article.byline()).as(name).contains(" 기자").doesNotContain("\n");
        });
    }

    @Test
    void utf8TextKeepsDeckDatelineBylineAndTraps() {
        ExtractedArticle a = samples.get("01-ai-model.utf8.txt");

        assertThat(a.title()).isEqualTo("판교 스타트업 누리랩, 한국어 특화 AI 모델 '누리 v2.1' 공개");
        assertThat(a.charset()).isEqualTo("UTF-8");
        assertThat(a.blocks().subList(0, 5)).containsExactly(new Block(BlockKind.TITLE, a.title()),
                new Block(BlockKind.SUBTITLE, "GPT-4o·o3-mini와 비교 평가서 행정 문서 요약 정확도 앞서"),
                new Block(BlockKind.SUBTITLE, "오픈소스 R1 참고한 경량 버전도 함께 내놔"),
                new Block(BlockKind.CREDIT, "(서울=한빛뉴스)"), new Block(BlockKind.BYLINE, "김서연 기자"));
        assertThat(text(a)).contains("요약 정확도 87.3%를 기록해 GPT-4o(84.1%)와 o3-mini(82.6%)를 앞섰다",
                "집중했다”며 “민감한", "시험 운영을 시작했다.”", "320억원");
        assertThat(a.blocks()).contains(new Block(BlockKind.BYLINE, "김서연 기자 seoyeon.kim@hanbitnews.example"));
    }

    @Test
    void eucKrTextDecodes() {
        ExtractedArticle a = samples.get("02-typhoon.euc-kr.txt");

        assertThat(a.charset()).isEqualTo("EUC-KR");
        assertThat(a.title()).isEqualTo("제7호 태풍 '미리내' 북상…남해안 최대 300mm 폭우");
        assertThat(a.blocks().get(1)).isEqualTo(new Block(BlockKind.SUBTITLE, "제주 16일 새벽 최근접 여객선 운항 전면 통제"));
        assertThat(a.byline()).isEqualTo("이수민 기자");
    }

    @Test
    void newsPageLosesNavigationRelatedLinksAndFooter() {
        ExtractedArticle a = samples.get("03-chip-exports.html");

        assertThat(a.title()).isEqualTo("반도체 수출 7개월 연속 증가…美·中 갈등 속 HBM이 견인");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-06-02T01:15:00Z"));
        assertThat(a.byline()).isEqualTo("정하늘 기자 haneul.jung@hanbit.example");
        assertThat(a.blocks()).contains(new Block(BlockKind.SUBTITLE, "고대역폭메모리 수출 1년 새 두 배 가까이 늘어"),
                new Block(BlockKind.CAPTION, "경기 평택의 한 반도체 공장에서 직원들이 완성된 웨이퍼를 점검하고 있다."),
                new Block(BlockKind.CREDIT, "[사진=한빛일보 DB]"));
        assertThat(text(a)).contains("557만 달러", "7300억원", "美·中 갈등으로", "지난달 반도체 수출액이", "증가세를 이끈 것은 인공지능")
                .doesNotContain("로그인", "관련 기사", "메모리 가격 반등", "많이 본 뉴스", "대표전화", "무단 전재", "dataLayer",
                        "페이스북", "입력 2025.06.02", "\u00A0", "\u3000");
    }

    @Test
    void undeclaredEucKrPageDecodesWithTheCp949Superset() {
        ExtractedArticle a = samples.get("04-port-festival.euc-kr.html");

        // 똠 is not in EUC-KR: reading it back proves the CP949 superset was used.
        assertThat(a.title()).isEqualTo("부산항 야간 축제 개막…똠양꿍부터 어묵까지 세계 음식 거리 인기");
        assertThat(a.charset()).isEqualTo("x-windows-949");
        assertThat(a.byline()).isEqualTo("윤바다 기자");
    }

    @Test
    void docxKeepsTitleDeckCaptionAndCredit() {
        ExtractedArticle a = samples.get("05-baseball.docx");

        assertThat(a.title()).isEqualTo("한빛 파랑새, 9회말 끝내기 2루타로 선두 탈환");
        assertThat(a.blocks().subList(1, 3)).containsExactly(new Block(BlockKind.SUBTITLE, "신인 오태양 데뷔 첫 끝내기 안타"),
                new Block(BlockKind.BYLINE, "강민철 기자"));
        assertThat(a.blocks()).contains(new Block(BlockKind.CAPTION, "▲ 9회말 끝내기 2루타를 친 오태양이 동료들의 축하를 받고 있다."),
                new Block(BlockKind.CREDIT, "[사진=한빛스포츠]"));
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-07-20T13:10:00Z"));
        assertThat(text(a)).contains("마음먹었다”며 “관중석의", "선수들 모두가 만든 승리다.”");
    }

    @Test
    void pdfJoinsWrappedLinesAndSplitsTheOutletTag() {
        ExtractedArticle a = samples.get("06-city-budget.pdf");

        assertThat(a.title()).isEqualTo("인천시 내년 예산 15조2400억원 편성…교통·돌봄에 집중");
        assertThat(a.blocks().subList(1, 4)).containsExactly(new Block(BlockKind.SUBTITLE, "올해보다 6.8% 늘어 역대 최대 규모"),
                new Block(BlockKind.CREDIT, "[한빛일보]"),
                new Block(BlockKind.PARAGRAPH, "인천시가 내년도 예산안을 올해보다 6.8% 늘어난 15조2400억원 규모로 편성해 시의회에"
                        + " 제출했다고 1일 밝혔다."));
        assertThat(a.byline()).isEqualTo("최민지 기자");
    }

    @Test
    void hwpxAndHwpSamplesExtract() {
        ExtractedArticle hwpx = samples.get("07-battery-plant.hwpx");
        assertThat(hwpx.title()).isEqualTo("청주 오창에 2조 원 규모 차세대 배터리 공장 들어선다");
        assertThat(hwpx.blocks().get(1)).isEqualTo(new Block(BlockKind.SUBTITLE, "전고체 배터리 시험 생산라인 2027년 가동 목표"));

        ExtractedArticle hwp = samples.get("08-desalination.hwp");
        assertThat(hwp.title()).isEqualTo("지역 대학 연구팀, 전력 소모 30% 줄인 해수 담수화 막 개발");
        assertThat(hwp.mediaType()).isEqualTo("application/x-hwp-v5");
        assertThat(text(hwp)).contains("염분 제거율은 99.2%에 이르렀다.");
    }

    @Test
    void textSamplesAreWhatTheGeneratorWritesFromTheSources() throws Exception {
        // DOCX, PDF, HWPX and HWP carry timestamps; the text formats must match byte for byte.
        assertThat(Files.readString(ARTICLES.resolve("01-ai-model.utf8.txt")))
                .isEqualTo(source("01-ai-model.txt").plainText());
        assertThat(Files.readAllBytes(ARTICLES.resolve("02-typhoon.euc-kr.txt")))
                .isEqualTo(SampleArticlesGenerator.encode(source("02-typhoon.txt").plainText(), Charset.forName("EUC-KR")));
        assertThat(Files.readString(ARTICLES.resolve("03-chip-exports.html")))
                .isEqualTo(SampleArticlesGenerator.newsPage(source("03-chip-exports.txt")));
        assertThat(Files.readAllBytes(ARTICLES.resolve("04-port-festival.euc-kr.html"))).isEqualTo(SampleArticlesGenerator
                .encode(SampleArticlesGenerator.undeclaredPage(source("04-port-festival.txt")), Charset.forName("x-windows-949")));
    }

    private static SampleArticlesGenerator.Article source(String name) throws Exception {
        return SampleArticlesGenerator.Article.parse(Files.readString(SOURCES.resolve(name), StandardCharsets.UTF_8));
    }

    private Map<String, ExtractedArticle> extractAll() {
        try (var sources = Sources.scan(List.of(ARTICLES))) {
            return sources.collect(Collectors.toMap(Source::name, Function.identity())).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> extract(e.getValue())));
        }
    }

    private ExtractedArticle extract(Source source) {
        try {
            return extractor.extract(source);
        } catch (UnreadableSourceException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String text(ExtractedArticle article) {
        return article.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }
}
