package dev.hanbridge.ingest.hwp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Recognises HWP formats from a file's first bytes. */
public final class HwpFormats {

    private static final byte[] HWP3_SIGNATURE = "HWP Document File V3".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HWPX_MIMETYPE = "application/hwp+zip".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MIMETYPE_ENTRY = "mimetype".getBytes(StandardCharsets.US_ASCII);

    private HwpFormats() {
    }

    /** HWP 3.0 and older (Hangul 97 and before) start with this plain-text signature, not an OLE2 container. */
    public static boolean isHwp3(byte[] head) {
        return startsWith(head, 0, HWP3_SIGNATURE);
    }

    /**
     * HWPX is a zip whose first entry is an uncompressed {@code mimetype} holding
     * {@code application/hwp+zip} (the same convention as ODF and EPUB), so the first bytes tell.
     */
    public static boolean isHwpx(byte[] head) {
        if (head.length < 30 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return false;
        }
        int nameLength = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
        int extraLength = (head[28] & 0xFF) | (head[29] & 0xFF) << 8;
        if (nameLength != MIMETYPE_ENTRY.length || !startsWith(head, 30, MIMETYPE_ENTRY)) {
            return false;
        }
        return startsWith(head, 30 + nameLength + extraLength, HWPX_MIMETYPE);
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
