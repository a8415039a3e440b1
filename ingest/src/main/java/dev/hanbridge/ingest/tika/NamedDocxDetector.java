package dev.hanbridge.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * A file named {@code .docx} that starts like a zip is taken as DOCX without Tika's full detection
 * (every magic pattern Tika knows, then opening the zip package to read its content types): that
 * detection was a fifth of the ingest step's time in a profile. Tika's OOXML parser still reads the
 * package's own content types, so an OOXML file of another kind under a .docx name still has its
 * text read (recorded as DOCX), and a zip that is not OOXML at all fails as a damaged DOCX.
 * Anything else goes to Tika's detector.
 */
final class NamedDocxDetector implements Detector {

    static final MediaType DOCX =
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};

    private final Detector fallback;

    NamedDocxDetector(Detector fallback) {
        this.fallback = fallback;
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (input != null && name != null && name.toLowerCase(Locale.ROOT).endsWith(".docx")
                && startsWith(input, ZIP_LOCAL_HEADER)) {
            return DOCX;
        }
        return fallback.detect(input, metadata);
    }

    private static boolean startsWith(InputStream input, byte[] prefix) throws IOException {
        input.mark(prefix.length);
        try {
            return Arrays.equals(input.readNBytes(prefix.length), prefix);
        } finally {
            input.reset();
        }
    }
}
