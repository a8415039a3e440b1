package dev.hanbridge.ingest.hwp;

import dev.hanbridge.ingest.ExtractedArticle;
import dev.hanbridge.ingest.UnreadableSourceException;
import dev.hanbridge.ingest.text.ArticleDraft;
import dev.hanbridge.ingest.text.TextLimit;

import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.fileheader.FileHeader;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;

import java.io.InputStream;

/** HWP 5 through hwplib: the fallback for files Tika's HwpV5Parser cannot read. */
public final class HwplibParser {

    private HwplibParser() {
    }

    public static ExtractedArticle parse(InputStream stream, String sourceName, long writeLimit)
            throws UnreadableSourceException {
        HWPFile hwp;
        String text;
        try {
            hwp = HWPReader.fromInputStream(stream);
            if (hwp == null) {
                throw new UnreadableSourceException(sourceName, "the HWP file is damaged and cannot be read");
            }
            rejectProtected(hwp.getFileHeader(), sourceName);
            text = TextExtractor.extract(hwp, TextExtractMethod.InsertControlTextBetweenParagraphText);
        } catch (UnreadableSourceException e) {
            throw e;
        } catch (Exception e) {
            // hwplib declares "throws Exception" on reading.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new UnreadableSourceException(sourceName, "the HWP file is damaged and cannot be read ("
                    + HwpParsers.describe(e) + ")", e);
        }
        if (text.length() > writeLimit) {
            throw new UnreadableSourceException(sourceName, TextLimit.reason(writeLimit));
        }
        ArticleDraft draft = new ArticleDraft();
        text.lines().forEach(draft::addParagraph);
        if (draft.isEmpty()) {
            throw new UnreadableSourceException(sourceName, "no text found in the HWP (an empty document?)");
        }
        return draft.finish(null, null, null, "application/x-hwp-v5", null, sourceName);
    }

    static void rejectProtected(FileHeader header, String sourceName) throws UnreadableSourceException {
        if (header.hasPassword()) {
            throw new UnreadableSourceException(sourceName, "the HWP is password-protected; open it in Hangul,"
                    + " remove the password (save an unprotected copy) and ingest that");
        }
        if (header.isDRMDocument() || header.isPublicCertificationDRMDocument()) {
            throw new UnreadableSourceException(sourceName, "the HWP is DRM-protected; ask its owner for an"
                    + " unprotected copy");
        }
    }
}
