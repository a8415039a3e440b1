package dev.hanbridge.ingest.hwp;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.text.ArticleParser;
import dev.hanbridge.ingest.text.ArticleXhtml;
import dev.hanbridge.ingest.text.TextLimit;
import dev.hanbridge.ingest.text.UnreadableContentException;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.MetaData;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * HWPX (OWPML, the zip-based Hangul format) through hwpxlib, as Tika has no parser for it. One
 * block per paragraph; the text of tables follows the paragraph that holds them, one block per
 * cell paragraph.
 */
public final class HwpxParser extends ArticleParser {

    /** Marks the start of a table cell's text in hwpxlib's output (a control character no document contains). */
    private static final String CELL = "\u001F";

    public HwpxParser() {
        super("application/hwp+zip");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        TextLimit limit = context.get(TextLimit.class, TextLimit.DEFAULT);
        HWPXFile hwpx;
        String text;
        TemporaryResources tmp = new TemporaryResources();
        try {
            // hwpxlib reads only files: an archive entry is spooled to a temporary one.
            Path file = TikaInputStream.get(stream, tmp, metadata).getPath();
            hwpx = HWPXReader.fromFile(file.toFile());
            TextMarks marks = new TextMarks().paraSeparatorAnd("\n").lineBreakAnd(" ").tabAnd(" ")
                    .tableStartAnd("\n" + CELL).tableCellSeparatorAnd("\n" + CELL).tableRowSeparatorAnd("\n" + CELL)
                    .tableEndAnd("\n");
            text = TextExtractor.extract(hwpx, TextExtractMethod.AppendControlTextAfterParagraphText, false, marks);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw HwpParsers.damaged("HWPX", e);
        } finally {
            tmp.dispose();
        }
        if (text == null || text.isBlank()) {
            throw new UnreadableContentException("no text found in the HWPX (an empty document?)");
        }
        if (text.length() > limit.characters()) {
            throw new UnreadableContentException(limit.reason());
        }
        metadata.set(Metadata.CONTENT_TYPE, "application/hwp+zip");
        String title = title(hwpx);
        if (title != null) {
            metadata.set(TikaCoreProperties.TITLE, title);
        }
        ArticleXhtml out = new ArticleXhtml(handler, metadata);
        out.start();
        for (String line : text.lines().toList()) {
            if (line.startsWith(CELL)) {
                out.block(BlockKind.TABLE_CELL, line.substring(CELL.length()));
            } else {
                out.paragraph(line);
            }
        }
        out.end();
        if (out.blocks() == 0) {
            throw new UnreadableContentException("no text found in the HWPX (an empty document?)");
        }
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
