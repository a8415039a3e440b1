package dev.hanbridge.ingest.hwp;

import dev.hanbridge.ingest.text.ArticleParser;
import dev.hanbridge.ingest.text.TextLimit;
import dev.hanbridge.ingest.text.UnreadableContentException;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.hwp.HwpV5Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HWP 5 through Tika's HwpV5Parser, falling back to hwplib for files Tika cannot read (measured:
 * files written by hwplib whose summary information Tika rejects). When hwplib cannot read the
 * file either, Tika's failure stands unless hwplib's says more (protected, too long). HWP 3.0
 * (Hangul 97 and older) is recognised so that it fails with what to do.
 */
public final class HwpParser extends ArticleParser {

    static final String HWP5 = "application/x-hwp-v5";

    private final HwpV5Parser tika = new HwpV5Parser();

    public HwpParser() {
        super(HWP5, "application/x-hwp");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        TemporaryResources tmp = new TemporaryResources();
        try {
            // A file, so that the fallback can read it again.
            Path file = TikaInputStream.get(stream, tmp, metadata).getPath();
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(64);
            }
            if (HwpFormats.isHwp3(head)) {
                throw new UnreadableContentException("HWP 3.0 is not supported; save it as HWP 5 or HWPX");
            }
            SaxRecording recording = new SaxRecording();
            try (TikaInputStream in = TikaInputStream.get(file)) {
                tika.parse(in, recording, metadata, context);
            } catch (TikaException | IOException | SAXException | RuntimeException tikaFailure) {
                // RuntimeException too: POI signals some malformed records with unchecked exceptions.
                if (isEncrypted(tikaFailure)) {
                    throw tikaFailure;
                }
                fallBack(file, tikaFailure, handler, metadata, context.get(TextLimit.class, TextLimit.DEFAULT));
                return;
            }
            metadata.set(Metadata.CONTENT_TYPE, HWP5);
            recording.replay(handler);
        } finally {
            tmp.dispose();
        }
    }

    private static void fallBack(Path file, Exception tikaFailure, ContentHandler handler, Metadata metadata,
            TextLimit limit) throws IOException, SAXException, TikaException {
        try (InputStream in = Files.newInputStream(file)) {
            HwplibReader.write(in, handler, metadata, limit);
        } catch (UnreadableContentException fallbackFailure) {
            if (fallbackFailure.reason().startsWith("the HWP file is damaged")
                    || fallbackFailure.reason().startsWith("no text found")) {
                throw tikaFailure instanceof TikaException t ? t : new TikaException(tikaFailure.getMessage(), tikaFailure);
            }
            throw fallbackFailure;
        }
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
                return true;
            }
        }
        return false;
    }
}
