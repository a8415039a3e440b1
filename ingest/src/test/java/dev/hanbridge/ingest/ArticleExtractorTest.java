package dev.hanbridge.ingest;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.ingest.samples.SampleArticlesGenerator;
import dev.hanbridge.ingest.tika.ExtractedArticle;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import java.util.ArrayList;
import java.util.Collections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleExtractorTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");

    private final ArticleExtractor extractor = new ArticleExtractor();

    @TempDir
    Path dir;

    // --- formats ---------------------------------------------------------------------------

    @Test
    void plainUtf8TextGivesTitleDeckBylineAndOneParagraphPerLine() throws Exception {
        Path file = write("news.txt", """
                시립도서관 24시간 무인 대출 시작
                스마트 보관함 12곳 설치
                                
                [한빛일보] 시립도서관이 이달부터 24시간 무인 대출 서비스를 시작했다.
                이용자는 앱으로 책을 예약한 뒤 보관함에서 찾아가면 된다.
                관장은 “야간 근무자도 책을 빌릴 수 있게 됐다”며 “반응을 보고 더 늘리겠다”고 말했다.
                [사진=한빛일보]
                오하늘 기자 sky@hanbit.example
                """.getBytes(StandardCharsets.UTF_8));

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.title()).isEqualTo("시립도서관 24시간 무인 대출 시작");
        assertThat(article.byline()).isEqualTo("오하늘 기자 sky@hanbit.example");
        assertThat(article.charset()).isEqualTo("UTF-8");
        assertThat(article.mediaType()).isEqualTo("text/plain");
        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.TITLE, BlockKind.SUBTITLE,
                BlockKind.CREDIT, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.CREDIT,
                BlockKind.BYLINE);
        assertThat(article.blocks().get(2).text()).isEqualTo("[한빛일보]");
        assertThat(article.blocks().get(3).text()).startsWith("시립도서관이 이달부터");
    }

    @Test
    void hardWrappedTextIsJoinedIntoParagraphs() throws Exception {
        Path file = write("wrapped.txt", """
                항만 물동량 석 달 만에 반등
                                
                지난달 부산항의 컨테이너 물동량이 석 달 만에 다시 늘었다. 해양수산부는 환적 화물이
                크게 늘어난 덕분이라고 설명했다.
                                
                다만 미국행 수출 화물은 여전히 지난해보다 적은 수준에 머물렀다. 업계는 하반기에도
                운임 변동이 클 것으로 보고 있다.
                """.getBytes(StandardCharsets.UTF_8));

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(article.blocks().get(1).text()).isEqualTo("지난달 부산항의 컨테이너 물동량이 석 달 만에 다시 늘었다."
                + " 해양수산부는 환적 화물이 크게 늘어난 덕분이라고 설명했다.");
    }

    @Test
    void shortUndeclaredCp949TextDecodesToHangul() throws Exception {
        // 똠 and 뷁 are not among the 2,350 syllables of EUC-KR (KS X 1001); only CP949 (the
        // Windows superset, x-windows-949) encodes them. A decode that returns them intact proves
        // the superset was used: plain EUC-KR would fail or turn them into U+FFFD.
        byte[] bytes = "똠양꿍 축제 열려\n뷁 소리 나는 놀이기구도 인기를 끌었다.\n".getBytes(CP949);
        Path file = write("festival.txt", bytes);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.title()).isEqualTo("똠양꿍 축제 열려");
        assertThat(article.blocks().get(1).text()).isEqualTo("뷁 소리 나는 놀이기구도 인기를 끌었다.");
        assertThat(article.charset()).isEqualTo("x-windows-949");
    }

    @Test
    void shortEucKrTextReportsEucKr() throws Exception {
        Path file = write("short.txt", "오늘 날씨 맑음\n낮 기온은 25도까지 오르겠다.\n".getBytes("EUC-KR"));

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.title()).isEqualTo("오늘 날씨 맑음");
        assertThat(article.charset()).isEqualTo("EUC-KR");
    }

    @Test
    void newsPageKeepsTheArticleAndDropsNavigationRelatedLinksAndFooter() throws Exception {
        String html = """
                <html><head><meta charset="utf-8"><title>수산시장 현대화 마무리 - 한빛일보</title>
                <meta property="article:published_time" content="2025-05-01T08:00:00+09:00"></head>
                <body>
                <div id="gnb"><a href="/">홈</a> <a href="/news">뉴스</a> <a href="/sports">스포츠</a></div>
                <div id="content">
                  <h3 class="tit">수산시장 현대화 마무리</h3>
                  <div class="news_text">
                    항구 앞 수산시장이 3년에 걸친 현대화 공사를 마치고 1일 다시 문을 열었다.<br><br>
                    새 건물에는&nbsp;냉장 경매장과 450개 점포가 들어섰다.<br><br>
                    상인회장은 “손님들이 쾌적하게 장을 볼 수 있게 됐다”고 말했다.<br>
                    배나래 기자
                  </div>
                  <ul class="list_news"><li><a href="/1">어시장 경매가 하락</a></li><li><a href="/2">항구 축제 일정 발표</a></li></ul>
                </div>
                <div class="footer">회사소개 | 개인정보처리방침 | 한빛일보 ⓒ 무단전재 금지</div>
                <script>var tracker = "광고 스크립트";</script>
                </body></html>
                """;
        Path file = write("market.html", html.getBytes(StandardCharsets.UTF_8));

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.title()).isEqualTo("수산시장 현대화 마무리");
        assertThat(article.publishedAt()).isEqualTo("2025-04-30T23:00:00Z");
        assertThat(article.byline()).isEqualTo("배나래 기자");
        String all = String.join("\n", article.blocks().stream().map(Block::text).toList());
        assertThat(all).contains("새 건물에는 냉장 경매장과 450개 점포가 들어섰다.")
                .doesNotContain("스포츠", "어시장 경매가", "개인정보처리방침", "광고 스크립트", "\u00A0");
    }

    @Test
    void newsPageKeepsQuotesListsAndTablesButDropsLinkBoxesInsideTheArticle() throws Exception {
        String html = """
                <html><head><meta charset="utf-8"><meta property="og:title" content="주민 의견 모아 공원 설계"></head>
                <body><article>
                  <p>구청이 주민 의견을 모아 새 공원을 설계했다.</p>
                  <blockquote><p>아이들이 뛰놀 잔디밭이 생겨 반갑다.</p></blockquote>
                  <ul><li>잔디 광장 조성</li><li>산책로 1.2km 정비</li></ul>
                  <table><tr><th>구분</th><td>면적</td></tr></table>
                  <div class="box"><a href="/1">공원 관련 다른 기사 하나</a> <a href="/2">공원 관련 다른 기사 둘</a></div>
                  <p>입력 2025.05.01 09:00</p>
                </article></body></html>
                """;
        Path file = write("park.html", html.getBytes(StandardCharsets.UTF_8));

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).containsExactly(new Block(BlockKind.TITLE, "주민 의견 모아 공원 설계"),
                new Block(BlockKind.PARAGRAPH, "구청이 주민 의견을 모아 새 공원을 설계했다."),
                new Block(BlockKind.QUOTE, "아이들이 뛰놀 잔디밭이 생겨 반갑다."),
                new Block(BlockKind.LIST_ITEM, "잔디 광장 조성"), new Block(BlockKind.LIST_ITEM, "산책로 1.2km 정비"),
                new Block(BlockKind.TABLE_CELL, "구분"), new Block(BlockKind.TABLE_CELL, "면적"));
    }

    @Test
    void vanishedFileSaysSo() {
        Path missing = dir.resolve("gone.txt");

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(missing))).isInstanceOf(UnreadableSourceException.class)
                .hasMessage("gone.txt: the file no longer exists (moved or deleted during the run)");
    }

    @Test
    void shortUndeclaredEucKrPageDecodesToHangul() throws Exception {
        // Tika's statistical detector alone reads a page this short as ISO-8859-1.
        String html = "<html><head><title>똠방각하 재개봉</title></head><body><p>옛 영화가 다시 극장에 걸린다.</p></body></html>";
        Path file = write("old.html", html.getBytes(CP949));

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.title()).isEqualTo("똠방각하 재개봉");
        assertThat(article.blocks()).extracting(Block::text).contains("옛 영화가 다시 극장에 걸린다.");
    }

    @Test
    void docxKeepsTitleStyleParagraphsAndTableCells() throws Exception {
        Path file = dir.resolve("report.docx");
        SampleArticlesGenerator.writeDocx(SampleArticlesGenerator.Article.parse("""
                해상풍력 단지 착공
                ## 2030년 완공 목표
                % 2025-02-03T10:00:00+09:00
                @ 문가람 기자
                서해 앞바다에 대규모 해상풍력 단지가 착공했다.
                단지가 완공되면 약 40만 가구가 쓸 전기를 만든다.
                """), file);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("발전 용량");
            table.getRow(0).getCell(1).setText("1.2GW");
            try (OutputStream out = Files.newOutputStream(dir.resolve("report-table.docx"))) {
                doc.write(out);
            }
        }

        ExtractedArticle article = extractor.extract(Fixtures.file(dir.resolve("report-table.docx")));

        assertThat(article.title()).isEqualTo("해상풍력 단지 착공");
        assertThat(article.byline()).isEqualTo("문가람 기자");
        assertThat(article.publishedAt()).isEqualTo("2025-02-03T01:00:00Z");
        assertThat(article.blocks()).contains(new Block(BlockKind.SUBTITLE, "2030년 완공 목표"),
                new Block(BlockKind.BYLINE, "문가람 기자"),
                new Block(BlockKind.PARAGRAPH, "서해 앞바다에 대규모 해상풍력 단지가 착공했다."),
                new Block(BlockKind.TABLE_CELL, "발전 용량"), new Block(BlockKind.TABLE_CELL, "1.2GW"));
    }

    @Test
    void staleMetadataTitleLosesToTheFirstLine() throws Exception {
        Path file = dir.resolve("press.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle("보도자료 양식");
            doc.getProperties().getCoreProperties().setCreator("홍보팀");
            doc.createParagraph().createRun().setText("도서관 야간 개방 확대");
            doc.createParagraph().createRun().setText("시립도서관이 다음 달부터 밤 10시까지 문을 연다.");
            doc.write(out);
        }

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.title()).isEqualTo("도서관 야간 개방 확대");
        assertThat(article.byline()).isEqualTo("홍보팀");
        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH);
    }

    @Test
    void metadataTitleThatTheFirstLineExpandsIsTheTitle() throws Exception {
        Path file = dir.resolve("guide.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle("시민공원");
            doc.createParagraph().createRun().setText("시민공원 - 새 단장 안내");
            doc.createParagraph().createRun().setText("시민공원이 석 달 공사를 마치고 다시 문을 열었다.");
            doc.write(out);
        }

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.title()).isEqualTo("시민공원");
        assertThat(article.blocks()).containsExactly(new Block(BlockKind.TITLE, "시민공원"),
                new Block(BlockKind.SUBTITLE, "시민공원 - 새 단장 안내"),
                new Block(BlockKind.PARAGRAPH, "시민공원이 석 달 공사를 마치고 다시 문을 열었다."));
    }

    @Test
    void hwpWrittenWithHwplibIsReadThroughTika() throws Exception {
        Path file = dir.resolve("memo.hwp");
        SampleArticlesGenerator.writeHwp(List.of("구청 민원실 토요일 운영", "다음 달부터 매주 토요일 오전에도 민원실을 연다.",
                "홍길동 기자"), file);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.mediaType()).isEqualTo("application/x-hwp-v5");
        assertThat(article.title()).isEqualTo("구청 민원실 토요일 운영");
        assertThat(article.blocks()).containsExactly(new Block(BlockKind.TITLE, "구청 민원실 토요일 운영"),
                new Block(BlockKind.PARAGRAPH, "다음 달부터 매주 토요일 오전에도 민원실을 연다."),
                new Block(BlockKind.BYLINE, "홍길동 기자"));
    }

    @Test
    void hwplibReadsTheHwpThatTikaCannot() throws Exception {
        // Tika's HwpV5Parser fails on this file ("cannot parse the Summary Information": hwplib
        // writes a summary that Tika rejects once the document has this many paragraphs).
        Path file = dir.resolve("many.hwp");
        List<String> lines = new ArrayList<>(List.of("동네 책방 지도 나왔다"));
        for (int i = 1; i <= 20; i++) {
            lines.add("책방 " + i + "곳의 위치와 여는 시간을 지도에 담았다.");
        }
        SampleArticlesGenerator.writeHwp(lines, file);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.title()).isEqualTo("동네 책방 지도 나왔다");
        assertThat(article.blocks()).hasSize(21).last()
                .isEqualTo(new Block(BlockKind.PARAGRAPH, "책방 20곳의 위치와 여는 시간을 지도에 담았다."));
    }

    @Test
    void hwpxWrittenWithHwpxlibIsRead() throws Exception {
        Path file = dir.resolve("notice.hwpx");
        SampleArticlesGenerator.writeHwpx(SampleArticlesGenerator.Article.parse("""
                시내버스 노선 개편
                새 노선은 다음 달 1일부터 적용된다.
                @ 임소라 기자
                """), file);

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.mediaType()).isEqualTo("application/hwp+zip");
        assertThat(article.title()).isEqualTo("시내버스 노선 개편");
        assertThat(article.blocks()).contains(new Block(BlockKind.PARAGRAPH, "새 노선은 다음 달 1일부터 적용된다."),
                new Block(BlockKind.BYLINE, "임소라 기자"));
    }

    @Test
    void hwpxIsRecognisedByItsMimetypeEntryWhateverItsName() throws Exception {
        Path file = dir.resolve("notice.bin");
        SampleArticlesGenerator.writeHwpx(SampleArticlesGenerator.Article.parse("제목만 있는 문서\n본문 한 줄이다.\n"), file);

        assertThat(extractor.extract(Fixtures.file(file)).mediaType()).isEqualTo("application/hwp+zip");
    }

    // --- bad inputs ------------------------------------------------------------------------

    @Test
    void zeroByteFileIsAnEmptyFile() throws Exception {
        Path file = write("nothing.txt", new byte[0]);

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessage("nothing.txt: empty file (0 bytes)");
    }

    @Test
    void binaryJunkNamedTxtIsNotText() throws Exception {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path file = write("junk.txt", junk);

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("junk.txt: not text: binary content");
    }

    @Test
    void damagedUtf8IsNotTextRatherThanMojibake() throws Exception {
        byte[] good = "정부가 내년 예산안을 발표했다. 복지 예산이 크게 늘었다.".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 2);
        bad[good.length] = (byte) 0xED; // a lead byte with no continuation: cut in the middle of a character
        bad[good.length + 1] = '\n';
        Path file = write("cut.txt", bad);

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("cut.txt: not text: invalid UTF-8 at byte " + good.length);
    }

    @Test
    void hugeOneLineTextFailsBeyondTheTextLimit() throws Exception {
        Path file = dir.resolve("huge.txt");
        byte[] line = new byte[1 << 20];
        Arrays.fill(line, (byte) 'a');
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 21; i++) {
                out.write(line);
            }
        }

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("huge.txt: more than 20 MB of text");
    }

    @Test
    void documentTextBeyondTheLimitFails() throws Exception {
        Path file = dir.resolve("long.hwp");
        SampleArticlesGenerator.writeHwp(Collections.nCopies(20, "열 글자가 넘는 문단 하나가 여기 있다."), file);

        assertThatThrownBy(() -> new ArticleExtractor(100).extract(Fixtures.file(file)))
                .isInstanceOf(UnreadableSourceException.class).hasMessageContaining("more than");
    }

    @Test
    void corruptDocxSaysItIsDamaged() throws Exception {
        Path good = dir.resolve("good.docx");
        SampleArticlesGenerator.writeDocx(SampleArticlesGenerator.Article.parse("제목\n본문이다.\n"), good);
        byte[] bytes = Files.readAllBytes(good);
        Path file = write("broken.docx", Arrays.copyOf(bytes, bytes.length / 3));

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("broken.docx: the DOCX file is damaged");
    }

    @Test
    void zipThatIsNotAWordDocumentUnderADocxNameSaysItIsDamaged() throws Exception {
        Path file = dir.resolve("notes.docx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("회의 메모이다.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("notes.docx: the DOCX file is damaged or not a DOCX file");
    }

    @Test
    void spreadsheetSavedUnderADocxNameStillHasItsTextRead() throws Exception {
        Path file = dir.resolve("budget.docx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("예산").createRow(0).createCell(0).setCellValue("올해 도로 예산은 120억원이다.");
            workbook.write(out);
        }

        ExtractedArticle article = extractor.extract(Fixtures.file(file));

        assertThat(article.blocks()).extracting(Block::text).anyMatch(text -> text.contains("올해 도로 예산은 120억원이다."));
    }

    @Test
    void corruptPdfSaysItIsDamaged() throws Exception {
        Path file = write("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("broken.pdf: the PDF file is damaged");
    }

    @Test
    void corruptHwpSaysItIsDamaged() throws Exception {
        Path good = dir.resolve("good.hwp");
        SampleArticlesGenerator.writeHwp(List.of("제목", "본문이다."), good);
        byte[] bytes = Files.readAllBytes(good);
        Path file = write("broken.hwp", Arrays.copyOf(bytes, 1024));

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("broken.hwp: the HWP file is damaged");
    }

    @Test
    void hwp3IsNotSupported() throws Exception {
        byte[] header = Arrays.copyOf("HWP Document File V3.00 \u001a\u0001\u0002\u0003\u0004\u0005"
                .getBytes(StandardCharsets.ISO_8859_1), 512);
        Path file = write("old.hwp", header);

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessage("old.hwp: HWP 3.0 is not supported; save it as HWP 5 or HWPX");
    }

    @Test
    void passwordProtectedDocxAsksForAnUnprotectedCopy() throws Exception {
        Path plain = dir.resolve("plain.docx");
        SampleArticlesGenerator.writeDocx(SampleArticlesGenerator.Article.parse("비공개 문서\n내용이다.\n"), plain);
        Path file = dir.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hanbridge");
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(plain));
                    OutputStream out = encryptor.getDataStream(fs)) {
                doc.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("secret.docx: the DOCX is password-protected or encrypted");
    }

    @Test
    void encryptedPdfAsksForAnUnprotectedCopy() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> extractor.extract(Fixtures.file(file))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("locked.pdf: the PDF is password-protected or encrypted");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
