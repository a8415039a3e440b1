package dev.hanbridge.ingest.hwp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Recognises HWP formats from a file's first bytes. */
public final class HwpFormats {

    private static final byte[] HWP3_SIGNATURE = "HWP Document File V3".getBytes(StandardCharsets.US_ASCII);
    private static final String HWPX_MIMETYPE = "application/hwp+zip";

    private HwpFormats() {
    }

    /** HWP 3.0 and older (Hangul 97 and before) start with this plain-text signature, not an OLE2 container. */
    public static boolean isHwp3(byte[] head) {
        return startsWith(head, 0, HWP3_SIGNATURE);
    }

    /**
     * HWPX is a zip whose first entry is {@code mimetype} holding {@code application/hwp+zip}
     * (the convention of ODF and EPUB), so the first bytes tell. Writers differ on whether that
     * entry is stored or deflated (hwpxlib deflates it), so it is read through a zip stream.
     */
    public static boolean isHwpx(byte[] head) {
        if (head.length < 30 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(head))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype")) {
                return false;
            }
            byte[] content = zip.readNBytes(64);
            return new String(content, StandardCharsets.US_ASCII).trim().equals(HWPX_MIMETYPE);
        } catch (IOException | IllegalArgumentException e) {
            // a head cut inside the first entry, or a name that is not UTF-8: not HWPX as we know it
            return false;
        }
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
