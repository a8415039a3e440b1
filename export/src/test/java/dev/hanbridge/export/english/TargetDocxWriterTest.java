package dev.hanbridge.export.english;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.Provenance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Reads the English article's DOCX back with POI. */
class TargetDocxWriterTest {

    private static XWPFDocument write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TargetDocxWriter(new Provenance(7L, Instant.parse("2026-11-30T04:03:00Z"), "deepl", "0.1.0"))
                .write(TargetArticles.everyKind(), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void writesAParagraphPerBlockInTheStyleOfItsKind() throws Exception {
        try (XWPFDocument docx = write()) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();

            assertThat(paragraphs).extracting(p -> p.getStyle() + "|" + p.getText()).containsExactly(
                    "Meta|Not ready to publish: 1 of 13 segments untranslated, marked [untranslated: Korean text] below.",
                    "Title|Seoul adds warm bus stops",
                    "Byline|2026-11-28 08:15 +09:00 (Korean time)",
                    "Subtitle|Expansion to 300 sites",
                    "Byline|By Kim Ha-neul",
                    "null|Seoul will add heated benches. [untranslated: " + TargetArticles.UNTRANSLATED_KOREAN + "] "
                            + TargetArticles.MARKUP_ENGLISH,
                    "Caption|The new bus stop",
                    "Credit|Photo: Seoul city",
                    "Heading1|Where they go",
                    "null|Gangnam-gu",
                    "null|Mapo-gu",
                    "Quote|\u201cIt is warm,\u201d a rider said.",
                    "null|# 1. The end",
                    "Meta|Translated from Korean (ko-KR) by deepl. Source: 2026/겨울 정류장.txt. Written by hanbridge 0.1.0, run 7, started 2026-11-30 04:03 UTC.");
            assertThat(paragraphs.get(9).getNumID()).isNotNull().isEqualTo(paragraphs.get(10).getNumID());
            assertThat(paragraphs.get(9).getNumFmt()).isEqualTo("bullet");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Seoul adds warm bus stops");
        }
    }

    @Test
    void highlightsAnUntranslatedSentenceAndTagsItsKorean() throws Exception {
        try (XWPFDocument docx = write()) {
            List<XWPFRun> runs = docx.getParagraphs().get(5).getRuns();
            XWPFRun korean = runs.stream().filter(r -> r.text().equals(TargetArticles.UNTRANSLATED_KOREAN))
                    .findFirst().orElseThrow();

            assertThat(korean.isHighlighted()).isTrue();
            assertThat(korean.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("ko-KR");
            assertThat(korean.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("Malgun Gothic");
            assertThat(runs.get(0).isHighlighted()).isFalse();
            assertThat(runs.get(0).getLang()).isEqualTo("en-US");
        }
    }
}
