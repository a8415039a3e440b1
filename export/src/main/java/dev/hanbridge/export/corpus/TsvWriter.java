package dev.hanbridge.export.corpus;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.QualityFinding.Severity;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.export.write.Chars;
import dev.hanbridge.export.Languages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes an article as tab-separated values in UTF-8: a header line, then one line per segment
 * with {@code segment_id, article_id, block_index, block_kind, segment_index, state, origin,
 * engine, source_lang, target_lang, source, target, qa, qa_findings}. An untranslated segment has
 * {@code state} {@code untranslated} and empty {@code origin}, {@code engine} and {@code target}: filter
 * on {@code state} to keep pairs only. {@code qa} is the worst severity of the translation's QA findings
 * ({@code error} or {@code warning}, empty when there is none) and {@code qa_findings} the findings as
 * {@code check (severity): message} joined by {@code " | "}: filter on {@code qa} to drop flagged pairs.
 *
 * <p>Fields are quoted as RFC 4180 does, with a tab as the delimiter: a field holding a tab, a
 * double quote, CR or LF is enclosed in double quotes and its quotes are doubled; any other field
 * is written as it is. That is what standard readers expect (Python's {@code csv} with
 * {@code delimiter='\t'}, Apache Commons CSV, spreadsheets): backslash escapes, which this writer
 * used before, turned {@code "따옴표" 제목} into {@code 따옴표 제목} in them. Lines end with LF.
 * Control characters from bad sources are dropped.
 */
public final class TsvWriter {

    public static final List<String> COLUMNS = List.of("segment_id", "article_id", "block_index", "block_kind",
            "segment_index", "state", "origin", "engine", "source_lang", "target_lang", "source", "target", "qa",
            "qa_findings");

    /** Writes the lines to {@code out} in UTF-8, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        Writer tsv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        tsv.write(String.join("\t", COLUMNS));
        tsv.write('\n');
        String sourceLang = field(Languages.source(article));
        String targetLang = field(Languages.target(article));
        for (BilingualBlock block : article.blocks()) {
            for (SegmentPair segment : block.segments()) {
                Severity worst = QualityFinding.worst(segment.findings());
                tsv.write(String.join("\t",
                        Long.toString(segment.segmentId()),
                        Long.toString(article.id()),
                        Integer.toString(block.index()),
                        block.kind().name().toLowerCase(Locale.ROOT),
                        Integer.toString(segment.index()),
                        segment.translated() ? "translated" : "untranslated",
                        segment.origin() == null ? "" : segment.origin().name(),
                        field(segment.engine()),
                        sourceLang,
                        targetLang,
                        field(segment.source()),
                        field(segment.target()),
                        worst == null ? "" : worst.id(),
                        field(segment.findings().stream().map(QualityFinding::line).collect(Collectors.joining(" | ")))));
                tsv.write('\n');
            }
        }
        tsv.flush();
    }

    /** The text as one RFC 4180 field (tab-delimited); {@code null} as an empty field. */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        String clean = Chars.strip(text);
        boolean quote = false;
        for (int i = 0; i < clean.length() && !quote; i++) {
            char c = clean.charAt(i);
            quote = c == '\t' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + clean.replace("\"", "\"\"") + '"' : clean;
    }
}
