package dev.hanbridge.translate.memory;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a file written in a test and keeps what the reader handed on. */
final class Entries {

    final List<TmEntry> list = new ArrayList<>();
    TmReadSummary summary;

    static Entries tmx(String text) {
        return tmx(text.getBytes(StandardCharsets.UTF_8));
    }

    static Entries tmx(byte[] bytes) {
        Entries entries = new Entries();
        entries.summary = new TmxReader("ko", "en").read(new ByteArrayInputStream(bytes), "test.tmx", entries.list::add);
        return entries;
    }

    static Entries xliff(String text) {
        Entries entries = new Entries();
        entries.summary = new XliffReader("ko", "en").read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.xlf", entries.list::add);
        return entries;
    }

    /** The text with a byte-order mark, encoded as {@code charset} (UTF-16 and friends). */
    static byte[] withBom(String text, Charset charset) {
        return ("\uFEFF" + text).getBytes(charset);
    }

    TmEntry get(int i) {
        return list.get(i);
    }
}
