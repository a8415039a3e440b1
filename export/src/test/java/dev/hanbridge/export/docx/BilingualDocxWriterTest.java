package dev.hanbridge.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.Provenance;
import dev.hanbridge.export.SampleArticles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** Reads the bilingual DOCX back with POI, as Word's file format, not as our own writer's idea of it. */
class BilingualDocxWriterTest {

    private static final Provenance RUN = new Provenance(7L, Instant.parse("2026-11-30T04:03:00Z"), "deepl", "0.1.0");

    private static XWPFDocument write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BilingualDocxWriter(RUN).write(SampleArticles.busStops(), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void writesOneTableWithARepeatedHeaderRowAndARowPerSegment() throws Exception {
        try (XWPFDocument docx = write()) {
            assertThat(docx.getTables()).hasSize(1);
            XWPFTable table = docx.getTables().get(0);
            List<XWPFTableRow> rows = table.getRows();

            assertThat(rows).hasSize(1 + 6);
            assertThat(rows.get(0).isRepeatHeader()).isTrue();
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo("Korean (ko-KR)");
            assertThat(rows.get(0).getCell(1).getText()).isEqualTo("English (en-US)");
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.getTableCells()).hasSize(2);
                assertThat(row.isCantSplitRow()).isTrue();
            });
            assertThat(rows.get(1).getCell(0).getText()).isEqualTo("서울시, 겨울 '따뜻한 버스정류장' 300곳으로 늘린다");
            assertThat(rows.get(1).getCell(1).getText()).isEqualTo("Seoul to expand 'warm bus stops' to 300 this winter");
            assertThat(rows.get(3).getCell(0).getText()).isEqualTo(SampleArticles.MARKUP_SOURCE);
            assertThat(rows.get(3).getCell(1).getText()).isEqualTo(SampleArticles.MARKUP_TARGET);
            assertThat(rows.get(4).getCell(1).getText()).isEqualTo(SampleArticles.EMOJI_TARGET);
            assertThat(rows.get(6).getCell(1).getText()).isEqualTo(SampleArticles.SCRIPT_TARGET);
        }
    }

    @Test
    void marksAnUntranslatedSegmentAndNeverPutsKoreanInTheEnglishColumn() throws Exception {
        try (XWPFDocument docx = write()) {
            XWPFTableRow row = docx.getTables().get(0).getRow(5);

            assertThat(row.getCell(0).getText()).isEqualTo(SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
            assertThat(row.getCell(1).getText()).isEqualTo("[untranslated]").doesNotContainPattern("\\p{IsHangul}");
            assertThat(row.getCell(1).getParagraphs().get(0).getRuns().get(0).isHighlighted()).isTrue();
        }
    }

    @Test
    void setsKoreanCapableFontsAndLanguageTagsOnEveryRun() throws Exception {
        try (XWPFDocument docx = write()) {
            XWPFTableRow row = docx.getTables().get(0).getRow(1);
            XWPFRun korean = row.getCell(0).getParagraphs().get(0).getRuns().get(0);
            XWPFRun english = row.getCell(1).getParagraphs().get(0).getRuns().get(0);

            assertThat(korean.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("Malgun Gothic");
            assertThat(korean.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("ko-KR");
            assertThat(english.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("Malgun Gothic");
            assertThat(english.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Calibri");
            assertThat(english.getLang()).isEqualTo("en-US");
            for (XWPFTableRow any : docx.getTables().get(0).getRows()) {
                for (var cell : any.getTableCells()) {
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        assertThat(paragraph.getRuns()).allSatisfy(run ->
                                assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("Malgun Gothic"));
                    }
                }
            }
            // What text typed into the document later gets: the document defaults say the same.
            assertThat(docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("Malgun Gothic");
        }
    }

    @Test
    void opensWithTheArticlesHeader() throws Exception {
        try (XWPFDocument docx = write()) {
            List<String> header = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();

            assertThat(header).startsWith("서울시, 겨울 '따뜻한 버스정류장' 300곳으로 늘린다",
                    "Seoul to expand 'warm bus stops' to 300 this winter", "Byline: 김하늘 기자",
                    "Published: 2026-11-28 08:15 +09:00 (Korean time)", "Source: inbox/2026/버스정류장 & 날씨.docx",
                    "Translated by: deepl, translation memory, people",
                    "Segments: 5 of 6 translated (1 of 6 segments untranslated, marked [untranslated])",
                    "Quality checks: no findings", "Languages: ko-KR → en-US", "Run: run 7, started 2026-11-30 04:03 UTC, hanbridge 0.1.0");
            assertThat(docx.getParagraphs().get(0).getStyle()).isEqualTo("Title");
            assertThat(docx.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("서울시, 겨울 '따뜻한 버스정류장' 300곳으로 늘린다");
        }
    }

    @Test
    void shadesEveryOtherBlockSoReviewersSeeWhereBlocksBegin() throws Exception {
        try (XWPFDocument docx = write()) {
            List<XWPFTableRow> rows = docx.getTables().get(0).getRows();

            // Blocks: title (row 1), byline (2), paragraph of three (3-5), caption (6).
            assertThat(rows.subList(1, 7)).extracting(row -> row.getCell(0).getColor())
                    .containsExactly(null, BilingualDocxWriter.BLOCK_SHADE, null, null, null,
                            BilingualDocxWriter.BLOCK_SHADE);
        }
    }

    @Test
    void headerShowsTheSectionTheSourceNames() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BilingualDocxWriter(RUN).write(SampleArticles.inSection(SampleArticles.busStops(), "사회"), out);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> header = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();

            assertThat(header).containsSubsequence("Byline: 김하늘 기자", "Section: 사회",
                    "Published: 2026-11-28 08:15 +09:00 (Korean time)");
        }
    }

    @Test
    void putsEachRowsFindingsInAWordCommentOnItsEnglishText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BilingualDocxWriter(RUN).write(SampleArticles.busStopsWithFindings(), out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.xwpf.usermodel.XWPFComment[] comments = docx.getComments();
            assertThat(comments).hasSize(2);
            assertThat(comments[0].getAuthor()).isEqualTo("hanbridge QA");
            assertThat(comments[0].getText()).contains(SampleArticles.WRONG_NUMBER.line())
                    .contains(SampleArticles.TOO_SHORT.line());
            assertThat(comments[1].getText()).contains("latin (error)").contains("brackets (warning)");

            XWPFTableRow flagged = docx.getTables().get(0).getRow(3);
            var paragraph = flagged.getCell(1).getParagraphs().get(0).getCTP();
            assertThat(paragraph.getCommentRangeStartList()).singleElement()
                    .satisfies(start -> assertThat(start.getId().toString()).isEqualTo(comments[0].getId()));
            assertThat(paragraph.getCommentRangeEndList()).hasSize(1);
            assertThat(flagged.getCell(1).getText()).isEqualTo(SampleArticles.MARKUP_TARGET);
            assertThat(docx.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0).getCTP()
                    .getCommentRangeStartList()).isEmpty();
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Quality checks: 2 errors, 2 warnings in 2 of 6 segments, each a comment on its English "
                            + "text (hanbridge QA)");
        }
    }
}
