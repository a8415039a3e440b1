package dev.hanbridge.ingest.tika;

import dev.hanbridge.ingest.text.NotTextException;
import dev.hanbridge.ingest.text.TextDecoder;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;

/**
 * Text in a legacy Korean encoding (EUC-KR, CP949) in a file without an extension: Tika's
 * detector calls it {@code application/octet-stream} (it only knows UTF-8 and Latin text), so
 * without this such a file would fail as an unknown format. Registered as a Tika detector
 * ({@code META-INF/services/org.apache.tika.detect.Detector}); HTML and XML magic still win over
 * it, being kinds of {@code text/plain}.
 */
public final class KoreanTextDetector implements Detector {

    private static final int HEAD = 8192;
    /** What TextDecoder names the encodings Korean text comes in (UTF-8 Tika knows itself). */
    private static final Set<String> KOREAN = Set.of("EUC-KR", "x-windows-949", "ISO-2022-KR");

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (input == null || name == null || name.indexOf('.') > 0) {
            return MediaType.OCTET_STREAM;
        }
        input.mark(HEAD);
        byte[] head;
        try {
            head = input.readNBytes(HEAD);
        } finally {
            input.reset();
        }
        if (head.length == 0) {
            return MediaType.OCTET_STREAM;
        }
        // A head cut inside a multi-byte character fails the strict decodes: drop up to three bytes then.
        int cut = head.length == HEAD ? 3 : 0;
        for (int drop = 0; drop <= cut; drop++) {
            try {
                String charset = TextDecoder.decode(Arrays.copyOf(head, head.length - drop)).charset();
                return KOREAN.contains(charset) ? MediaType.TEXT_PLAIN : MediaType.OCTET_STREAM;
            } catch (NotTextException e) {
                // try a shorter head
            }
        }
        return MediaType.OCTET_STREAM;
    }
}
