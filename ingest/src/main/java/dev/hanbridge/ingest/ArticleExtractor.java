package dev.hanbridge.ingest;

import dev.hanbridge.ingest.html.NewsPageParser;
import dev.hanbridge.ingest.html.XmlDocumentParser;
import dev.hanbridge.ingest.hwp.HwpFormats;
import dev.hanbridge.ingest.hwp.HwplibParser;
import dev.hanbridge.ingest.hwp.HwpxParser;
import dev.hanbridge.ingest.text.DecodedText;
import dev.hanbridge.ingest.text.NotTextException;
import dev.hanbridge.ingest.text.PlainTextParser;
import dev.hanbridge.ingest.text.TextDecoder;
import dev.hanbridge.ingest.text.TextLimit;
import dev.hanbridge.ingest.tika.TikaDocumentParser;

import org.apache.tika.io.TikaInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;

/**
 * Extracts an article from a source: plain text and web pages are decoded and structured here
 * (Tika's charset detection cannot be trusted with short Korean texts), HWPX goes to hwpxlib,
 * everything else to Tika's AutoDetectParser, with hwplib as the fallback for HWP 5.
 *
 * <p>Cheap to share across threads: it holds no per-document state.
 */
public final class ArticleExtractor {

    /** At most this much text is extracted from one source: 20 MB is far beyond any news article. */
    static final long DEFAULT_TEXT_LIMIT = 20_000_000;

    private static final int HEAD_BYTES = 8192;
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
    private static final Set<String> XML_EXTENSIONS = Set.of("xml", "rss", "atom");

    private final long textLimit;
    private final TikaDocumentParser tika;

    public ArticleExtractor() {
        this(DEFAULT_TEXT_LIMIT);
    }

    /** With a smaller text limit, for tests. */
    ArticleExtractor(long textLimit) {
        this.textLimit = textLimit;
        this.tika = new TikaDocumentParser(textLimit);
    }

    public ExtractedArticle extract(Source source) throws UnreadableSourceException {
        String name = source.name();
        if (source instanceof RejectedSource rejected) {
            throw new UnreadableSourceException(name, rejected.reason());
        }
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        if (head.length == 0) {
            throw new UnreadableSourceException(name, "empty file (0 bytes)");
        }
        if (HwpFormats.isHwp3(head)) {
            throw new UnreadableSourceException(name, "HWP 3.0 is not supported; save it as HWP 5 or HWPX");
        }
        String extension = extension(name);
        if (HwpFormats.isHwpx(head) || extension.equals("hwpx")) {
            return extractHwpx(source);
        }
        if (TEXT_EXTENSIONS.contains(extension) || HTML_EXTENSIONS.contains(extension)
                || XML_EXTENSIONS.contains(extension) || extension.isEmpty() && looksTextual(head)) {
            return extractText(source, extension, head);
        }
        return extractWithTika(source, formatName(extension, head));
    }

    private ExtractedArticle extractText(Source source, String extension, byte[] head)
            throws UnreadableSourceException {
        String name = source.name();
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, textLimit + 1));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        if (bytes.length > textLimit) {
            throw new UnreadableSourceException(name, TextLimit.reason(textLimit));
        }
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (NotTextException e) {
            throw new UnreadableSourceException(name, e.getMessage(), e);
        }
        bytes = null;
        ExtractedArticle article;
        if (HTML_EXTENSIONS.contains(extension) || !TEXT_EXTENSIONS.contains(extension) && looksLikeHtml(head)) {
            article = NewsPageParser.parse(decoded.text(), decoded.charset(), name);
        } else if (XML_EXTENSIONS.contains(extension) || !TEXT_EXTENSIONS.contains(extension) && looksLikeXml(head)) {
            article = XmlDocumentParser.parse(decoded.text(), decoded.charset(), name);
        } else {
            article = PlainTextParser.parse(decoded.text()).finish(null, null, null, "text/plain", decoded.charset(),
                    name);
        }
        if (article.blocks().isEmpty()) {
            throw new UnreadableSourceException(name, "no text found (the file holds only blank lines or markup)");
        }
        return article;
    }

    private ExtractedArticle extractHwpx(Source source) throws UnreadableSourceException {
        if (source instanceof FileSource file) {
            return HwpxParser.parse(file.path(), source.name(), textLimit);
        }
        // hwpxlib reads only files: an archive entry is spooled to a temporary one.
        Path temp = null;
        try {
            temp = Files.createTempFile("hanbridge-", ".hwpx");
            try (InputStream in = source.open()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            return HwpxParser.parse(temp, source.name(), textLimit);
        } catch (IOException e) {
            throw unreadable(source.name(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private ExtractedArticle extractWithTika(Source source, String formatName) throws UnreadableSourceException {
        String name = source.name();
        try (TikaInputStream stream = open(source)) {
            return tika.parse(stream, name, formatName);
        } catch (UnreadableSourceException tikaFailure) {
            if (!formatName.equals("HWP") || tikaFailure.reason().contains("password")) {
                throw tikaFailure;
            }
            // Tika's HwpV5Parser gives up on some files that hwplib reads (measured: files written
            // by hwplib whose summary information Tika cannot parse). When hwplib cannot read the
            // file either, Tika's reason is kept unless hwplib's says more (protected, too long).
            try (InputStream in = source.open()) {
                return HwplibParser.parse(in, name, textLimit);
            } catch (UnreadableSourceException fallbackFailure) {
                if (fallbackFailure.reason().startsWith("the HWP file is damaged")
                        || fallbackFailure.reason().startsWith("no text found")) {
                    throw tikaFailure;
                }
                throw fallbackFailure;
            } catch (IOException fallbackFailure) {
                throw tikaFailure;
            }
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static TikaInputStream open(Source source) throws IOException {
        if (source instanceof FileSource file) {
            return TikaInputStream.get(file.path());
        }
        return TikaInputStream.get(source.open());
    }

    private static UnreadableSourceException unreadable(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UnreadableSourceException(name, "the file no longer exists (moved or deleted during the run)", e);
        }
        if (e instanceof AccessDeniedException) {
            return new UnreadableSourceException(name, "permission denied; make the file readable for this user", e);
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (message.startsWith(name + ": ")) {
            // our own archive guards already name the entry
            return new UnreadableSourceException(name, message.substring(name.length() + 2), e);
        }
        return new UnreadableSourceException(name, "cannot read it (" + message + ")", e);
    }

    private static String formatName(String extension, byte[] head) {
        if (startsWith(head, "%PDF")) {
            return "PDF";
        }
        if (extension.equals("hwp")) {
            return "HWP";
        }
        if (!extension.isEmpty() && extension.length() <= 5) {
            return extension.toUpperCase(Locale.ROOT);
        }
        return "document";
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksTextual(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return !startsWith(head, "%PDF") && !startsWith(head, "PK") && !startsWith(head, "{\\rtf");
    }

    private static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return start.contains("<!doctype html") || start.contains("<html") || start.contains("<head")
                || start.contains("<body");
    }

    private static boolean looksLikeXml(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1).stripLeading();
        return start.startsWith("<?xml") || start.startsWith("\uFEFF<?xml") || start.startsWith("ï»¿<?xml");
    }

    private static boolean startsWith(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }
}
