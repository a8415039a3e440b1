package dev.hanbridge.ingest.hwp;

import dev.hanbridge.ingest.text.ArticleXhtml;
import dev.hanbridge.ingest.text.TextLimit;
import dev.hanbridge.ingest.text.UnreadableContentException;

import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.fileheader.FileHeader;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;

import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.InputStream;

/** HWP 5 through hwplib: the fallback for files Tika's HwpV5Parser cannot read. */
final class HwplibReader {

    private HwplibReader() {
    }

    static void write(InputStream stream, ContentHandler handler, Metadata metadata, TextLimit limit)
            throws UnreadableContentException, SAXException {
        String text;
        try {
            HWPFile hwp = HWPReader.fromInputStream(stream);
            if (hwp == null) {
                throw new UnreadableContentException("the HWP file is damaged and cannot be read");
            }
            rejectProtected(hwp.getFileHeader());
            text = TextExtractor.extract(hwp, TextExtractMethod.InsertControlTextBetweenParagraphText);
        } catch (UnreadableContentException e) {
            throw e;
        } catch (Exception e) {
            throw HwpParsers.damaged("HWP", e);
        }
        if (text.length() > limit.characters()) {
            throw new UnreadableContentException(limit.reason());
        }
        metadata.set(Metadata.CONTENT_TYPE, HwpParser.HWP5);
        ArticleXhtml out = new ArticleXhtml(handler, metadata);
        out.start();
        for (String line : text.lines().toList()) {
            out.paragraph(line);
        }
        out.end();
        if (out.blocks() == 0) {
            throw new UnreadableContentException("no text found in the HWP (an empty document?)");
        }
    }

    static void rejectProtected(FileHeader header) throws UnreadableContentException {
        if (header.hasPassword()) {
            throw new UnreadableContentException("the HWP is password-protected; open it in Hangul,"
                    + " remove the password (save an unprotected copy) and ingest that");
        }
        if (header.isDRMDocument() || header.isPublicCertificationDRMDocument()) {
            throw new UnreadableContentException("the HWP is DRM-protected; ask its owner for an unprotected copy");
        }
    }
}
