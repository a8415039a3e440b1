package dev.hanbridge.ingest.hwp;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.ExtractedArticle;
import dev.hanbridge.ingest.UnreadableSourceException;
import dev.hanbridge.ingest.text.ArticleDraft;
import dev.hanbridge.ingest.text.TextLimit;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.MetaData;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;

import java.nio.file.Path;

/**
 * HWPX (OWPML, the zip-based Hangul format) through hwpxlib. One block per paragraph; the text
 * of tables follows the paragraph that holds them, one block per cell paragraph.
 */
public final class HwpxParser {

    /** Marks the start of a table cell's text in hwpxlib's output (a control character no document contains). */
    private static final String CELL = "\u001F";

    private HwpxParser() {
    }

    public static ExtractedArticle parse(Path file, String sourceName, long writeLimit) throws UnreadableSourceException {
        HWPXFile hwpx;
        String text;
        try {
            hwpx = HWPXReader.fromFile(file.toFile());
            TextMarks marks = new TextMarks().paraSeparatorAnd("\n").lineBreakAnd(" ").tabAnd(" ")
                    .tableStartAnd("\n" + CELL).tableCellSeparatorAnd("\n" + CELL).tableRowSeparatorAnd("\n" + CELL)
                    .tableEndAnd("\n");
            text = TextExtractor.extract(hwpx, TextExtractMethod.AppendControlTextAfterParagraphText, false, marks);
        } catch (Exception e) {
            // hwpxlib declares "throws Exception" on everything it reads.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new UnreadableSourceException(sourceName, "the HWPX file is damaged and cannot be read ("
                    + HwpParsers.describe(e) + ")", e);
        }
        if (text == null || text.isBlank()) {
            throw new UnreadableSourceException(sourceName, "no text found in the HWPX (an empty document?)");
        }
        if (text.length() > writeLimit) {
            throw new UnreadableSourceException(sourceName, TextLimit.reason(writeLimit));
        }
        ArticleDraft draft = new ArticleDraft();
        text.lines().forEach(line -> {
            if (line.startsWith(CELL)) {
                draft.add(BlockKind.TABLE_CELL, line.substring(CELL.length()));
            } else {
                draft.addParagraph(line);
            }
        });
        if (draft.isEmpty()) {
            throw new UnreadableSourceException(sourceName, "no text found in the HWPX (an empty document?)");
        }
        return draft.finish(title(hwpx), null, null, "application/hwp+zip", null, sourceName);
    }

    private static String title(HWPXFile hwpx) {
        if (hwpx.contentHPFFile() == null) {
            return null;
        }
        MetaData meta = hwpx.contentHPFFile().metaData();
        if (meta == null || meta.title() == null || meta.title().text() == null) {
            return null;
        }
        String title = KoreanText.normalize(meta.title().text());
        return title.isEmpty() ? null : title;
    }
}
