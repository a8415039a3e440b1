package dev.hanbridge.ingest.samples;

import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.header.ParaHeader;
import kr.dogfoot.hwplib.object.bodytext.paragraph.lineseg.LineSegItem;
import kr.dogfoot.hwplib.writer.HWPWriter;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Writes the sample articles in {@code samples/articles/} from the UTF-8 texts in
 * {@code samples/sources/}: text (UTF-8 and EUC-KR), web pages (UTF-8 with page furniture; EUC-KR
 * without a charset declaration), DOCX (POI), PDF (PDFBox), HWPX (hwpxlib) and HWP 5 (hwplib).
 *
 * <p>Run from the repository root:
 * <pre>./mvnw -q -o -pl ingest -am test-compile
 * java -cp "$(cat ingest/target/test-classpath.txt):ingest/target/classes:ingest/target/test-classes" \
 *     dev.hanbridge.ingest.samples.SampleArticlesGenerator samples/articles [samples/sources] [font.ttf]</pre>
 * (see {@code samples/README.md} for how to produce the class path file).
 *
 * <p>The PDF needs a TrueType font with Hangul: NanumGothic from Debian's {@code fonts-nanum}
 * ({@code /usr/share/fonts/truetype/nanum/NanumGothic.ttf}) unless a third argument names another.
 * A subset of it is embedded, so reading the PDF needs no font.
 *
 * <p>Source format: the first line is the title; {@code ## } marks a headline deck line,
 * {@code % } the publication time (metadata only), {@code @ } a byline line, {@code ! } a photo
 * caption; every other non-empty line is a paragraph.
 */
public final class SampleArticlesGenerator {

    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final Charset CP949 = Charset.forName("x-windows-949");

    /** One line of an article's body. */
    public record Line(Kind kind, String text) {
    }

    public enum Kind { PARAGRAPH, BYLINE, CAPTION }

    /** An article as written in {@code samples/sources}. */
    public record Article(String title, List<String> deck, Instant published, List<Line> body) {

        public Optional<String> byline() {
            return body.stream().filter(l -> l.kind() == Kind.BYLINE).map(Line::text).findFirst();
        }

        public static Article parse(String source) {
            List<String> lines = source.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            List<String> deck = new ArrayList<>();
            List<Line> body = new ArrayList<>();
            Instant published = null;
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("## ")) {
                    deck.add(line.substring(3));
                } else if (line.startsWith("% ")) {
                    published = OffsetDateTime.parse(line.substring(2)).toInstant();
                } else if (line.startsWith("@ ")) {
                    body.add(new Line(Kind.BYLINE, line.substring(2)));
                } else if (line.startsWith("! ")) {
                    body.add(new Line(Kind.CAPTION, line.substring(2)));
                } else {
                    body.add(new Line(Kind.PARAGRAPH, line));
                }
            }
            return new Article(lines.get(0), deck, published, body);
        }

        /** As news is saved as text: title, deck, a blank line, then one paragraph per line. */
        public String plainText() {
            StringBuilder out = new StringBuilder(title).append('\n');
            deck.forEach(d -> out.append(d).append('\n'));
            out.append('\n');
            body.forEach(l -> out.append(l.text()).append('\n'));
            return out.toString();
        }

        /** Every line in reading order: title, deck, body. */
        public List<String> allLines() {
            List<String> all = new ArrayList<>();
            all.add(title);
            all.addAll(deck);
            body.forEach(l -> all.add(l.text()));
            return all;
        }
    }

    private SampleArticlesGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SampleArticlesGenerator OUTPUT_DIR [SOURCES_DIR] [KOREAN_FONT.ttf]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Path sources = args.length > 1 ? Path.of(args[1]) : out.resolveSibling("sources");
        Path font = Path.of(args.length > 2 ? args[2] : DEFAULT_FONT);
        if (!Files.isReadable(font)) {
            System.err.println("The PDF needs a TrueType font with Hangul, e.g. " + DEFAULT_FONT
                    + " (apt-get install fonts-nanum), or give one as the third argument.");
            System.exit(2);
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("01-ai-model.utf8.txt"), read(sources, "01-ai-model.txt").plainText(),
                StandardCharsets.UTF_8);
        Files.write(out.resolve("02-typhoon.euc-kr.txt"), encode(read(sources, "02-typhoon.txt").plainText(), EUC_KR));
        Files.writeString(out.resolve("03-chip-exports.html"), newsPage(read(sources, "03-chip-exports.txt")),
                StandardCharsets.UTF_8);
        // 똠 in the title is outside EUC-KR's 2,350 syllables: only CP949 encodes it.
        Files.write(out.resolve("04-port-festival.euc-kr.html"),
                encode(undeclaredPage(read(sources, "04-port-festival.txt")), CP949));
        writeDocx(read(sources, "05-baseball.txt"), out.resolve("05-baseball.docx"));
        writePdf(read(sources, "06-city-budget.txt"), out.resolve("06-city-budget.pdf"), font);
        writeHwpx(read(sources, "07-battery-plant.txt"), out.resolve("07-battery-plant.hwpx"));
        writeHwp(read(sources, "08-desalination.txt"), out.resolve("08-desalination.hwp"));
        System.out.println("wrote samples to " + out.toAbsolutePath());
    }

    private static Article read(Path dir, String name) throws IOException {
        return Article.parse(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
    }

    /** Strict: a character the charset cannot encode is a mistake in the source, not a '?' in the sample. */
    public static byte[] encode(String text, Charset charset) throws CharacterCodingException {
        ByteBuffer buffer = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /**
     * A saved news page: navigation, a ranking box, related-article links and a footer around the
     * article; a no-break space and a full-width space inside paragraphs, as pasted text has them.
     */
    public static String newsPage(Article a) {
        StringBuilder body = new StringBuilder();
        int paragraph = 0;
        for (Line line : a.body()) {
            switch (line.kind()) {
                case BYLINE -> body.append("      <p class=\"byline\">").append(esc(line.text())).append("</p>\n");
                case CAPTION -> body.append("      <figure><img src=\"/photos/2025/0602/fab.jpg\" alt=\"\">\n")
                        .append("        <figcaption>").append(esc(line.text())).append("</figcaption></figure>\n");
                case PARAGRAPH -> {
                    String html = esc(line.text());
                    if (paragraph == 0) {
                        html = html.replaceFirst(" ", "&nbsp;");
                    } else if (paragraph == 1) {
                        html = html.replaceFirst(" ", "\u3000");
                    }
                    paragraph++;
                    body.append("      <p>").append(html).append("</p>\n");
                }
            }
        }
        String deck = a.deck().stream().map(d -> "      <h2 class=\"subtitle\">" + esc(d) + "</h2>\n")
                .reduce("", String::concat);
        return """
                <!DOCTYPE html>
                <html lang="ko">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s | 한빛일보</title>
                  <meta property="og:site_name" content="한빛일보">
                  <meta property="og:title" content="%1$s">
                  <meta property="article:published_time" content="%2$s">
                  <meta name="author" content="한빛일보">
                  <script>window.dataLayer = [{"section": "economy"}];</script>
                  <style>body { font-family: sans-serif; }</style>
                </head>
                <body>
                  <header class="site-header">
                    <a class="logo" href="/">한빛일보</a>
                    <nav class="gnb"><ul>
                      <li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li>
                      <li><a href="/society">사회</a></li><li><a href="/world">국제</a></li>
                      <li><a href="/sports">스포츠</a></li><li><a href="/login">로그인</a></li>
                    </ul></nav>
                  </header>
                  <div class="breadcrumb"><a href="/">홈</a> &gt; <a href="/economy">경제</a> &gt; 산업</div>
                  <main>
                    <article>
                      <h1>%1$s</h1>
                %3$s      <div class="article-info">입력 2025.06.02 10:15</div>
                %4$s      <div class="share-sns"><a href="#">페이스북 공유</a> <a href="#">링크 복사</a></div>
                    </article>
                    <section class="related-news">
                      <h3>관련 기사</h3>
                      <ul>
                        <li><a href="/economy/1001">메모리 가격 반등에 반도체 재고 감소세</a></li>
                        <li><a href="/economy/1002">장비업계 동남아 진출 가속…베트남 공장 잇따라</a></li>
                        <li><a href="/economy/1003">정부, 반도체 설비투자 세액공제 연장 검토</a></li>
                      </ul>
                    </section>
                  </main>
                  <aside class="ranking">
                    <h3>많이 본 뉴스</h3>
                    <ol><li><a href="/a/1">주말 날씨 맑고 일교차 커</a></li><li><a href="/a/2">프로야구 순위 다툼 치열</a></li></ol>
                  </aside>
                  <footer class="site-footer">
                    <p>한빛일보 | 주소 서울특별시 중구 한빛로 1 | 대표전화 02-000-0000</p>
                    <p>Copyright ⓒ 한빛일보. 무단 전재 및 재배포 금지</p>
                  </footer>
                </body>
                </html>
                """.formatted(esc(a.title()), a.published(), deck, body);
    }

    /** A bare old-style page: no charset declaration anywhere, as many legacy Korean sites still serve. */
    public static String undeclaredPage(Article a) {
        StringBuilder out = new StringBuilder("<html>\n<head>\n<title>").append(esc(a.title()))
                .append("</title>\n</head>\n<body>\n<h1>").append(esc(a.title())).append("</h1>\n");
        for (Line line : a.body()) {
            out.append("<p>").append(esc(line.text())).append("</p>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** DOCX with Word's built-in Title and Subtitle styles, which Tika reports as such. */
    public static void writeDocx(Article a, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            XWPFStyles styles = doc.createStyles();
            addStyle(styles, "Title", "Title");
            addStyle(styles, "Subtitle", "Subtitle");
            addParagraph(doc, a.title(), "Title");
            a.deck().forEach(d -> addParagraph(doc, d, "Subtitle"));
            a.body().forEach(l -> addParagraph(doc, l.text(), null));
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(a.title());
            a.byline().ifPresent(core::setCreator);
            if (a.published() != null) {
                core.setCreated(Optional.of(java.util.Date.from(a.published())));
            }
            doc.write(out);
        }
    }

    private static void addStyle(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(style));
    }

    private static void addParagraph(XWPFDocument doc, String text, String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    /** A4 PDF: title at 18 pt, deck at 13 pt, body at 10.5 pt wrapped at spaces, a blank line between paragraphs. */
    public static void writePdf(Article a, Path target, Path fontFile) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile.toFile());
            PdfWriter writer = new PdfWriter(doc, font);
            writer.paragraph(a.title(), 18);
            for (String d : a.deck()) {
                writer.paragraph(d, 13);
            }
            writer.gap(8);
            for (Line l : a.body()) {
                writer.paragraph(l.text(), 10.5f);
            }
            writer.close();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(a.title());
            a.byline().ifPresent(info::setAuthor);
            if (a.published() != null) {
                Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Seoul"));
                created.setTimeInMillis(a.published().toEpochMilli());
                info.setCreationDate(created);
            }
            doc.save(target.toFile());
        }
    }

    private static final class PdfWriter {
        private static final float MARGIN = 60;
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream content;
        private float y;

        PdfWriter(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void paragraph(String text, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float leading = size * 1.5f;
            for (String line : wrap(text, size, width)) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                // Word by word: the subset font maps its space glyph to no Unicode character, so a
                // shown space would come back as U+FFFD; a gap is read back as a space. PDFBox
                // measures gaps against the wide Hangul glyphs, so the gap is half an em, not the
                // font's narrow space.
                float x = MARGIN;
                float space = size * 0.5f;
                for (String word : line.split(" ")) {
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(x, y);
                    content.showText(word);
                    content.endText();
                    x += font.getStringWidth(word) / 1000 * size + space;
                }
            }
            gap(size);
        }

        void gap(float points) {
            y -= points;
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && (font.getStringWidth(candidate) / 1000 + candidate.chars().filter(c -> c == ' ').count() * 0.3f) * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        void close() throws IOException {
            content.close();
        }
    }

    /** HWPX from hwpxlib's blank document, one paragraph per line, in the blank document's default style. */
    public static void writeHwpx(Article a, Path target) throws Exception {
        HWPXFile hwpx = kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker.make();
        SectionXMLFile section = hwpx.sectionXMLFileList().get(0);
        int id = 1;
        for (String text : a.allLines()) {
            Para para = section.addNewPara();
            para.idAnd(String.valueOf(id++)).paraPrIDRefAnd("0").styleIDRefAnd("0").pageBreakAnd(false)
                    .columnBreakAnd(false).mergedAnd(false);
            Run run = para.addNewRun();
            run.charPrIDRefAnd("0");
            run.addNewT().addText(text);
        }
        HWPXWriter.toFilepath(hwpx, target.toString());
    }

    /**
     * HWP 5 from hwplib's blank document: the title goes into its first paragraph (which also
     * holds the section definition), every further line becomes a new paragraph that borrows the
     * first one's paragraph and character shapes.
     */
    public static void writeHwp(Article a, Path target) throws Exception {
        writeHwp(a.allLines(), target);
    }

    public static void writeHwp(List<String> lines, Path target) throws Exception {
        HWPFile hwp = kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker.make();
        Section section = hwp.getBodyText().getSectionList().get(0);
        Paragraph first = section.getParagraph(0);
        first.getText().addString(lines.get(0));
        int paraShape = first.getHeader().getParaShapeId();
        short style = first.getHeader().getStyleId();
        long charShape = first.getCharShape().getPositonShapeIdPairList().get(0).getShapeId();
        first.getHeader().setLastInList(lines.size() == 1);
        for (int i = 1; i < lines.size(); i++) {
            Paragraph p = section.addNewParagraph();
            ParaHeader header = p.getHeader();
            header.setLastInList(i == lines.size() - 1);
            header.setParaShapeId(paraShape);
            header.setStyleId(style);
            header.setCharShapeCount(1);
            header.setRangeTagCount(0);
            header.setLineAlignCount(1);
            header.setInstanceID(0);
            header.setIsMergedByTrack(0);
            p.createText();
            p.getText().addString(lines.get(i));
            p.createCharShape();
            p.getCharShape().addParaCharShape(0, charShape);
            p.createLineSeg();
            LineSegItem seg = p.getLineSeg().addNewLineSegItem();
            seg.setTextStartPosition(0);
            seg.setLineVerticalPosition(i * 1600);
            seg.setLineHeight(1000);
            seg.setTextPartHeight(1000);
            seg.setDistanceBaseLineToLineVerticalPosition(850);
            seg.setLineSpace(600);
            seg.setStartPositionFromColumn(0);
            seg.setSegmentWidth(42520);
            seg.getTag().setFirstSegmentAtLine(true);
            seg.getTag().setLastSegmentAtLine(true);
        }
        HWPWriter.toFile(hwp, target.toString());
    }
}
