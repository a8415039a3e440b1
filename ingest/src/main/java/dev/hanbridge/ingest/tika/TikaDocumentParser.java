package dev.hanbridge.ingest.tika;

import dev.hanbridge.ingest.ExtractedArticle;
import dev.hanbridge.ingest.UnreadableSourceException;
import dev.hanbridge.ingest.text.ArticleDraft;
import dev.hanbridge.ingest.text.TextLimit;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.hwp.HwpV5Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;

/**
 * Office documents, PDF, HWP 5 and whatever else Tika knows, through {@link AutoDetectParser}.
 * Thread-safe: Tika's parsers are stateless.
 */
public final class TikaDocumentParser {

    private final AutoDetectParser parser = new AutoDetectParser();
    /**
     * Files named .hwp go straight to Tika's HwpV5Parser: Tika's container detector reports some
     * valid HWP 5 files (measured: ones written by hwplib with 20 paragraphs) as generic
     * {@code application/x-tika-msoffice} and then extracts nothing.
     */
    private final Parser hwpParser = new HwpV5Parser();
    private final long writeLimit;

    public TikaDocumentParser(long writeLimit) {
        this.writeLimit = writeLimit;
        parser.setDetector(new NamedDocxDetector(parser.getDetector()));
    }

    /** The article, or a failure whose reason names what to do; {@code formatName} words the reason ("DOCX", "PDF"). */
    public ExtractedArticle parse(TikaInputStream stream, String sourceName, String formatName)
            throws UnreadableSourceException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, sourceName);
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        // No OCR: without a configured OCR parser Tika's PDF parser fails on image-only pages
        // (NullPointerException on "ocrParser"), and scanned pages are out of scope anyway.
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        // DOCX through Tika's streaming (SAX) extractor rather than POI's XMLBeans object model:
        // the same paragraphs, headings and tables, in a fraction of the time and memory.
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        ArticleDraft draft = new ArticleDraft();
        BlockContentHandler handler = new BlockContentHandler(draft, writeLimit, formatName.equals("PDF"));
        try {
            (formatName.equals("HWP") ? hwpParser : parser).parse(stream, handler, metadata, context);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            // RuntimeException too: third-party parsers signal some malformed input with unchecked
            // exceptions (POI's RecordFormatException, index errors on truncated records).
            throw failure(e, sourceName, formatName);
        }
        if (handler.limitReached()) {
            // Tika's HWP parser, for one, catches exceptions thrown from the content handler.
            throw new UnreadableSourceException(sourceName, TextLimit.reason(writeLimit));
        }
        String mediaType = mediaType(metadata, formatName);
        if ("application/octet-stream".equals(mediaType) && draft.isEmpty()) {
            throw new UnreadableSourceException(sourceName, "unknown file format; supported are text, HTML, DOCX,"
                    + " PDF, HWP 5 and HWPX");
        }
        if (draft.isEmpty()) {
            if ("application/pdf".equals(mediaType)) {
                throw new UnreadableSourceException(sourceName, "no text found in the PDF; it is probably scanned"
                        + " images (OCR is not done here): run it through OCR first");
            }
            throw new UnreadableSourceException(sourceName, "no text found in the " + formatName
                    + " (it holds only images, shapes or empty pages?)");
        }
        Instant published = toInstant(metadata.getDate(TikaCoreProperties.CREATED));
        if (published == null) {
            published = toInstant(metadata.getDate(TikaCoreProperties.MODIFIED));
        }
        return draft.finish(metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.CREATOR),
                published, mediaType, null, sourceName);
    }

    private UnreadableSourceException failure(Exception e, String sourceName, String formatName) {
        Throwable root = rootCause(e);
        if (e instanceof BlockContentHandler.TooMuchText || root instanceof BlockContentHandler.TooMuchText) {
            return new UnreadableSourceException(sourceName, TextLimit.reason(writeLimit), e);
        }
        if (e instanceof EncryptedDocumentException || root instanceof EncryptedDocumentException
                || root instanceof org.apache.poi.EncryptedDocumentException) {
            return encrypted(sourceName, formatName, e);
        }
        if (e instanceof IOException && !(e instanceof TikaException)) {
            return new UnreadableSourceException(sourceName, "reading failed (" + describe(e) + ")", e);
        }
        return new UnreadableSourceException(sourceName, "the " + formatName + " file is damaged or not a "
                + formatName + " file and cannot be read (" + describe(e) + ")", e);
    }

    private static UnreadableSourceException encrypted(String sourceName, String formatName, Exception e) {
        return new UnreadableSourceException(sourceName, "the " + formatName + " is password-protected or encrypted;"
                + " save a copy without the password and ingest that", e);
    }

    private static String mediaType(Metadata metadata, String formatName) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null && formatName.equals("HWP")) {
            return "application/x-hwp-v5";
        }
        if (type == null) {
            return "application/octet-stream";
        }
        int semicolon = type.indexOf(';');
        return (semicolon >= 0 ? type.substring(0, semicolon) : type).trim();
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The innermost message, which is the one that says what was wrong. */
    static String describe(Throwable e) {
        Throwable root = rootCause(e);
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        String text = root.getClass().getSimpleName() + (message != null ? ": " + message : "");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Embedded files (images, OLE objects, attachments) are not part of the article's text. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
