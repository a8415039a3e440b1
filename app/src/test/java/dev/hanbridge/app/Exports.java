package dev.hanbridge.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What a search of an export file sees: its text, and for a zip (bundle, DOCX) the text of every entry, nested. */
final class Exports {

    private Exports() {
    }

    static String text(Path file) throws IOException {
        return text(Files.readAllBytes(file));
    }

    private static String text(byte[] bytes) throws IOException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                all.append(entry.getName()).append('\n').append(text(readAll(zip))).append('\n');
            }
        }
        return all.toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
