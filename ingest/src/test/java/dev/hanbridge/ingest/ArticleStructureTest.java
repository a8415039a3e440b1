package dev.hanbridge.ingest;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.ingest.tika.ExtractedArticle;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout of a real Korean IT article as saved from its news site (issue #13): section label,
 * headline, byline with date and time on one line, a two-line deck, a photo caption with its credit,
 * the outlet tag glued to the first sentence with a no-break space, paragraphs of several sentences
 * separated by blank lines or by a line holding only a no-break space. The same article as text,
 * as a saved web page and pasted into Word must come out with the same structure.
 */
class ArticleStructureTest {

    private static final String NBSP = "\u00A0";

    private static final List<Block> EXPECTED = List.of(
            new Block(BlockKind.TITLE, "국내 통신 3사, 6G 시범망 공동 구축 나선다"),
            new Block(BlockKind.BYLINE, "박지훈 기자"),
            new Block(BlockKind.SUBTITLE, "내년 상반기 수도권 3곳서 시범 서비스"),
            new Block(BlockKind.SUBTITLE, "장비 국산화율 60%까지 끌어올려"),
            new Block(BlockKind.CAPTION, "▲ 서울 중구의 한 통신사 사옥에서 연구원들이 6G 시험 장비를 점검하고 있다."),
            new Block(BlockKind.CREDIT, "[사진=한빛통신]"),
            new Block(BlockKind.CREDIT, "[이코노믹데일리]"),
            new Block(BlockKind.PARAGRAPH, "국내 통신 3사가 6세대 이동통신(6G) 시범망을 함께 구축한다. 과학기술정보통신부는 2일 세 회사와"
                    + " 업무협약을 맺었다고 밝혔다. 시범망은 내년 상반기 수도권 세 곳에 들어선다."),
            new Block(BlockKind.PARAGRAPH, "정부는 이번 사업에 3년간 4200억원을 투입한다. 장비 국산화율은 현재 35%에서 60%까지"
                    + " 끌어올린다는 목표다."),
            new Block(BlockKind.CAPTION, "▲ 6G 시범망 구축 일정."),
            new Block(BlockKind.CREDIT, "[그래픽=한빛통신]"),
            new Block(BlockKind.PARAGRAPH, "업계 관계자는 “표준 경쟁에서 앞서려면 시범망이 빨리 돌아가야 한다”며 “주파수 배분도"
                    + " 서둘러야 한다”고 말했다. 다만 일부에서는 투자 여력을 우려하는 목소리도 나온다."));

    /** The article's lines as the site's page gives them when saved as text. */
    private static final List<String> LINES = List.of(
            "IT", "", "국내 통신 3사, 6G 시범망 공동 구축 나선다", "", "박지훈 기자 2025-02-02 16:33:07", "",
            "내년 상반기 수도권 3곳서 시범 서비스", "장비 국산화율 60%까지 끌어올려",
            "▲ 서울 중구의 한 통신사 사옥에서 연구원들이 6G 시험 장비를 점검하고 있다. [사진=한빛통신]",
            "[이코노믹데일리]" + NBSP + "국내 통신 3사가 6세대 이동통신(6G) 시범망을 함께 구축한다. 과학기술정보통신부는 2일 세 회사와"
                    + " 업무협약을 맺었다고 밝혔다. 시범망은 내년 상반기 수도권 세 곳에 들어선다.",
            NBSP,
            "정부는 이번 사업에 3년간 4200억원을 투입한다. 장비 국산화율은 현재 35%에서 60%까지 끌어올린다는 목표다.",
            "▲ 6G 시범망 구축 일정. [그래픽=한빛통신]",
            "업계 관계자는 “표준 경쟁에서 앞서려면 시범망이 빨리 돌아가야 한다”며 “주파수 배분도 서둘러야 한다”고 말했다."
                    + " 다만 일부에서는 투자 여력을 우려하는 목소리도 나온다.");

    private static final Instant PUBLISHED = Instant.parse("2025-02-02T07:33:07Z");

    private final ArticleExtractor extractor = new ArticleExtractor();

    @TempDir
    Path dir;

    @Test
    void savedTextKeepsSectionBylineDeckCaptionAndParagraphsApart() throws Exception {
        Path file = Files.writeString(dir.resolve("6g.txt"), String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).containsExactlyElementsOf(EXPECTED);
        assertHeader(article);
    }

    @Test
    void eucKrTextWithCrLfLineEndsKeepsTheSameStructure() throws Exception {
        // EUC-KR has no no-break space: such files hold plain spaces where the page had one.
        String text = String.join("\r\n", LINES).replace(NBSP, " ") + "\r\n";
        Path file = Files.write(dir.resolve("6g-euckr.txt"), text.getBytes(Charset.forName("EUC-KR")));

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).containsExactlyElementsOf(EXPECTED);
        assertHeader(article);
        assertThat(article.charset()).isEqualTo("EUC-KR");
    }

    @Test
    void savedWebPageTakesTheSectionLabelAndTheBylineDateOutOfTheText() throws Exception {
        String html = """
                <html><head><meta charset="utf-8"><title>국내 통신 3사, 6G 시범망 공동 구축 나선다 - 이코노믹데일리</title></head>
                <body><div class="gnb"><a href="/">홈</a> <a href="/it">IT</a> <a href="/eco">경제</a></div>
                <article>
                  <div class="section">IT</div>
                  <h1>국내 통신 3사, 6G 시범망 공동 구축 나선다</h1>
                  <p>박지훈 기자 2025-02-02 16:33:07</p>
                  <p>내년 상반기 수도권 3곳서 시범 서비스<br>장비 국산화율 60%까지 끌어올려</p>
                  <figure><img src="a.jpg"><figcaption>▲ 서울 중구의 한 통신사 사옥에서 연구원들이 6G 시험 장비를 점검하고 있다. [사진=한빛통신]</figcaption></figure>
                  <p>[이코노믹데일리]&nbsp;국내 통신 3사가 6세대 이동통신(6G) 시범망을 함께 구축한다. 과학기술정보통신부는 2일 세 회사와 업무협약을 맺었다고 밝혔다. 시범망은 내년 상반기 수도권 세 곳에 들어선다.</p>
                  <p>&nbsp;</p>
                  <p>정부는 이번 사업에 3년간 4200억원을 투입한다. 장비 국산화율은 현재 35%에서 60%까지 끌어올린다는 목표다.</p>
                  <p>▲ 6G 시범망 구축 일정. [그래픽=한빛통신]</p>
                  <p>업계 관계자는 “표준 경쟁에서 앞서려면 시범망이 빨리 돌아가야 한다”며 “주파수 배분도 서둘러야 한다”고 말했다. 다만 일부에서는 투자 여력을 우려하는 목소리도 나온다.</p>
                </article></body></html>
                """;
        Path file = Files.writeString(dir.resolve("6g.html"), html, StandardCharsets.UTF_8);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).containsExactlyElementsOf(EXPECTED);
        assertHeader(article);
    }

    @Test
    void articlePastedIntoWordKeepsTheSameStructure() throws Exception {
        Path file = dir.resolve("6g.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : LINES) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).containsExactlyElementsOf(EXPECTED);
        assertHeader(article);
    }

    @Test
    void pageTextPastedIntoWordAsOneParagraphWithLineBreaksKeepsTheSameStructure() throws Exception {
        Path file = dir.resolve("6g-pasted.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            var run = doc.createParagraph().createRun();
            for (int i = 0; i < LINES.size(); i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(LINES.get(i), i);
            }
            doc.write(out);
        }

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).containsExactlyElementsOf(EXPECTED);
        assertHeader(article);
    }

    @Test
    void aLineOfSeveralSentencesIsNeverJoinedToTheNextEvenWhenTheTextIsHardWrapped() throws Exception {
        Path file = Files.writeString(dir.resolve("wrapped.txt"), """
                항만 물동량 석 달 만에 반등

                지난달 부산항의 컨테이너 물동량이 석 달 만에 다시 늘었다. 해양수산부는 환적 화물이
                크게 늘어난 덕분이라고 설명했다.
                미국행 화물은 줄었다. 업계는 운임을 걱정한다. 선사들은 노선을 줄이지 않기로 했다.
                다만 미국행 수출 화물은 여전히 지난해보다 적은 수준에 머물렀다. 업계는 하반기에도
                운임 변동이 클 것으로 보고 있다.
                """, StandardCharsets.UTF_8);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).extracting(Block::text).containsExactly("항만 물동량 석 달 만에 반등",
                "지난달 부산항의 컨테이너 물동량이 석 달 만에 다시 늘었다. 해양수산부는 환적 화물이 크게 늘어난 덕분이라고 설명했다.",
                "미국행 화물은 줄었다. 업계는 운임을 걱정한다. 선사들은 노선을 줄이지 않기로 했다.",
                "다만 미국행 수출 화물은 여전히 지난해보다 적은 수준에 머물렀다. 업계는 하반기에도 운임 변동이 클 것으로 보고 있다.");
    }

    @Test
    void wireStoryBylineOnItsOwnLineAndTimeStampLinesAreReadNotKept() throws Exception {
        Path file = Files.writeString(dir.resolve("wire.txt"), """
                경제 > 금융

                시중은행 예대금리차 석 달째 축소

                입력 2025.02.04. 오전 6:00 수정 2025.02.04. 오전 8:12

                (서울=한빛뉴스) 정다은 기자 =
                시중은행의 예대금리차가 석 달 연속 줄었다. 은행연합회는 3일 이런 내용의 공시를 냈다.
                정다은 기자 daeun@hanbit.example
                """, StandardCharsets.UTF_8);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).containsExactly(new Block(BlockKind.TITLE, "시중은행 예대금리차 석 달째 축소"),
                new Block(BlockKind.CREDIT, "(서울=한빛뉴스)"), new Block(BlockKind.BYLINE, "정다은 기자"),
                new Block(BlockKind.PARAGRAPH, "시중은행의 예대금리차가 석 달 연속 줄었다. 은행연합회는 3일 이런 내용의 공시를 냈다."),
                new Block(BlockKind.BYLINE, "정다은 기자 daeun@hanbit.example"));
        assertThat(article.section()).isEqualTo("경제 > 금융");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-02-03T21:00:00Z"));
    }

    @Test
    void deckAScraperRanIntoOneLineStaysOneDeckAndDashedDecksAreSplitAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("deck.txt"), """
                중기부, 소상공인 디지털 전환 예산 두 배로
                - 스마트 상점 1만 곳 추가 지원 - 키오스크 교육도 전국으로 확대
                [한빛경제] 중소벤처기업부가 소상공인 디지털 전환 예산을 두 배로 늘린다. 지원 대상은 1만 곳이다.
                """, StandardCharsets.UTF_8);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.TITLE, BlockKind.SUBTITLE,
                BlockKind.SUBTITLE, BlockKind.CREDIT, BlockKind.PARAGRAPH);
        assertThat(article.blocks().get(2).text()).isEqualTo("- 키오스크 교육도 전국으로 확대");
    }

    @Test
    void aBylineAboveTheHeadlineLeavesTheHeadlineTheTitleAndACreditLineMarksItsCaption() throws Exception {
        Path file = Files.writeString(dir.resolve("above.txt"), """
                한지수 기자 | hanjs@hanbit.example
                항구 도시의 밤, 드론 600대가 수놓다
                부산 광안리 해변 위로 드론들이 고래 모양을 그리고 있다.
                [사진=한빛일보]
                지난 주말 광안리 해변에서 드론 600대가 참가한 야간 공연이 열렸다. 관람객은 3만명으로 집계됐다.
                """, StandardCharsets.UTF_8);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).containsExactly(new Block(BlockKind.BYLINE, "한지수 기자 | hanjs@hanbit.example"),
                new Block(BlockKind.TITLE, "항구 도시의 밤, 드론 600대가 수놓다"),
                new Block(BlockKind.CAPTION, "부산 광안리 해변 위로 드론들이 고래 모양을 그리고 있다."),
                new Block(BlockKind.CREDIT, "[사진=한빛일보]"),
                new Block(BlockKind.PARAGRAPH, "지난 주말 광안리 해변에서 드론 600대가 참가한 야간 공연이 열렸다. 관람객은 3만명으로 집계됐다."));
    }

    private static void assertHeader(ExtractedArticle article) {
        assertThat(article.title()).isEqualTo("국내 통신 3사, 6G 시범망 공동 구축 나선다");
        assertThat(article.section()).isEqualTo("IT");
        assertThat(article.byline()).isEqualTo("박지훈 기자");
        assertThat(article.publishedAt()).isEqualTo(PUBLISHED);
    }
}
