package dev.hanbridge.ingest.hwp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Recognises HWP formats from a file's first bytes. */
final class HwpFormats {

    private static final byte[] HWP3_SIGNATURE = "HWP Document File V3".getBytes(StandardCharsets.US_ASCII);

    private HwpFormats() {
    }

    /** HWP 3.0 and older (Hangul 97 and before) start with this plain-text signature, not an OLE2 container. */
    static boolean isHwp3(byte[] head) {
        return head.length >= HWP3_SIGNATURE.length
                && Arrays.equals(head, 0, HWP3_SIGNATURE.length, HWP3_SIGNATURE, 0, HWP3_SIGNATURE.length);
    }
}
