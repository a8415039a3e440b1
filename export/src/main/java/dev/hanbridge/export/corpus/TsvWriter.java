package dev.hanbridge.export.corpus;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.export.write.Chars;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes an article as tab-separated values in UTF-8: a header line, then one line per segment
 * with {@code segment_id, article_id, block_index, block_kind, segment_index, state, origin,
 * engine, source, target}. An untranslated segment has {@code state} {@code untranslated} and
 * empty {@code origin}, {@code engine} and {@code target}: filter on {@code state} to keep pairs
 * only.
 *
 * <p>Text cannot contain a raw tab or line break without breaking the line structure, so backslash,
 * tab, LF and CR are written as {@code \\}, {@code \t}, {@code \n} and {@code \r} (the convention
 * of PostgreSQL's and MySQL's text formats). Control characters from bad sources are dropped.
 */
public final class TsvWriter {

    public static final List<String> COLUMNS = List.of("segment_id", "article_id", "block_index", "block_kind",
            "segment_index", "state", "origin", "engine", "source", "target");

    /** Writes the lines to {@code out} in UTF-8, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        Writer tsv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        tsv.write(String.join("\t", COLUMNS));
        tsv.write('\n');
        for (BilingualBlock block : article.blocks()) {
            for (SegmentPair segment : block.segments()) {
                tsv.write(String.join("\t",
                        Long.toString(segment.segmentId()),
                        Long.toString(article.id()),
                        Integer.toString(block.index()),
                        block.kind().name().toLowerCase(Locale.ROOT),
                        Integer.toString(segment.index()),
                        segment.translated() ? "translated" : "untranslated",
                        segment.origin() == null ? "" : segment.origin().name(),
                        escape(segment.engine()),
                        escape(segment.source()),
                        escape(segment.target())));
                tsv.write('\n');
            }
        }
        tsv.flush();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String clean = Chars.strip(text);
        StringBuilder out = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
