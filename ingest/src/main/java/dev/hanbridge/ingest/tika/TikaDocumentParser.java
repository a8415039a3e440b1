package dev.hanbridge.ingest.tika;

import dev.hanbridge.ingest.text.ArticleXhtml;
import dev.hanbridge.ingest.text.Dates;
import dev.hanbridge.ingest.text.TextLimit;
import dev.hanbridge.ingest.text.UnreadableContentException;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/**
 * Every format through one Tika {@link AutoDetectParser}: Tika's own parsers and ours (plain
 * text, news pages, XML feeds, HWP, HWPX), which Tika's {@link DefaultParser} finds by their
 * service registration and prefers for their media types. The XHTML any of them writes becomes
 * blocks ({@link BlockContentHandler}); title, byline, dates and charset come from Tika's metadata.
 * Thread-safe: the parsers are stateless.
 */
public final class TikaDocumentParser {

    private final AutoDetectParser parser;
    private final TextLimit limit;

    public TikaDocumentParser(TextLimit limit) {
        Map<MediaType, Parser> parsers = Map.copyOf(new DefaultParser().getParsers());
        this.parser = new FixedAutoDetectParser(parsers);
        this.parser.setDetector(new NamedDocxDetector(new NamedTypeDetector(parsers, new DefaultDetector())));
        this.limit = limit;
    }

    /** The article, or a failure whose reason names what to do (the caller adds the source's name). */
    public ExtractedArticle parse(TikaInputStream stream, String sourceName) throws UnreadableContentException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, sourceName);
        ArticleDraft draft = new ArticleDraft();
        BlockContentHandler handler = new BlockContentHandler(draft, limit.characters(), metadata);
        try {
            parser.parse(stream, handler, metadata, context());
        } catch (ZeroByteFileException e) {
            throw new UnreadableContentException("empty file (0 bytes)");
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            // RuntimeException too: third-party parsers signal some malformed input with unchecked
            // exceptions (POI's RecordFormatException, index errors on truncated records).
            throw failure(e, formatName(metadata, sourceName));
        }
        if (handler.limitReached()) {
            // Tika's HWP parser, for one, catches exceptions thrown from the content handler.
            throw new UnreadableContentException(limit.reason());
        }
        String mediaType = mediaType(metadata);
        if (draft.isEmpty()) {
            throw new UnreadableContentException(nothingFound(mediaType, formatName(metadata, sourceName)));
        }
        Instant fileDate = toInstant(metadata.getDate(TikaCoreProperties.CREATED));
        if (fileDate == null) {
            fileDate = toInstant(metadata.getDate(TikaCoreProperties.MODIFIED));
        }
        String stated = metadata.get(ArticleXhtml.PUBLISHED);
        return draft.finish(new DocumentFacts(metadata.get(TikaCoreProperties.TITLE),
                metadata.get(TikaCoreProperties.CREATOR), metadata.get(ArticleXhtml.SECTION),
                stated == null ? null : Dates.parse(stated), fileDate, mediaType,
                metadata.get(Metadata.CONTENT_ENCODING), sourceName));
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(TextLimit.class, limit);
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
        return context;
    }

    private static String nothingFound(String mediaType, String formatName) {
        if ("application/octet-stream".equals(mediaType)) {
            return "unknown file format; supported are text, HTML, DOCX, PDF, HWP 5 and HWPX";
        }
        if ("application/pdf".equals(mediaType)) {
            return "no text found in the PDF; it is probably scanned images (OCR is not done here): run it through"
                    + " OCR first";
        }
        return "no text found in the " + formatName + " (it holds only images, shapes or empty pages?)";
    }

    private UnreadableContentException failure(Exception e, String formatName) {
        UnreadableContentException ours = find(e, UnreadableContentException.class);
        if (ours != null) {
            return ours;
        }
        if (find(e, BlockContentHandler.TooMuchText.class) != null) {
            return new UnreadableContentException(limit.reason(), e);
        }
        if (find(e, EncryptedDocumentException.class) != null
                || find(e, org.apache.poi.EncryptedDocumentException.class) != null) {
            return new UnreadableContentException("the " + formatName + " is password-protected or"
                    + " encrypted; save a copy without the password and ingest that", e);
        }
        if (e instanceof IOException && !(e instanceof TikaException)) {
            return new UnreadableContentException("reading failed (" + UnreadableContentException.describe(e) + ")", e);
        }
        return new UnreadableContentException("the " + formatName + " file is damaged or not a "
                + formatName + " file and cannot be read (" + UnreadableContentException.describe(e) + ")", e);
    }

    /** "PDF", or the file's extension in capitals ("DOCX", "HWP"), or "document": how reasons name the format. */
    private static String formatName(Metadata metadata, String sourceName) {
        if (String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).startsWith("application/pdf")) {
            return "PDF";
        }
        int dot = sourceName.lastIndexOf('.');
        String extension = dot < 0 ? "" : sourceName.substring(dot + 1);
        return !extension.isEmpty() && extension.length() <= 5 ? extension.toUpperCase(Locale.ROOT) : "document";
    }

    private static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return "application/octet-stream";
        }
        int semicolon = type.indexOf(';');
        return (semicolon >= 0 ? type.substring(0, semicolon) : type).trim();
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * Tika's AutoDetectParser rebuilds its map from media type to parser for every document, and
     * its DefaultParser rebuilds its own again (asking each of about a hundred parsers for its
     * types): a quarter of the CPU time of extracting a short article (measured with JFR). Our
     * parsers are loaded once and never change, so the map is built once.
     */
    private static final class FixedAutoDetectParser extends AutoDetectParser {

        private final transient Map<MediaType, Parser> parsers;

        FixedAutoDetectParser(Map<MediaType, Parser> parsers) {
            this.parsers = parsers;
        }

        @Override
        public Map<MediaType, Parser> getParsers(ParseContext context) {
            return parsers;
        }
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
