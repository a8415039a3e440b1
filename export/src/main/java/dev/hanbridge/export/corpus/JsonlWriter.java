package dev.hanbridge.export.corpus;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.export.write.Chars;
import dev.hanbridge.export.Languages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an article as JSON Lines in UTF-8: one compact object per segment, in reading order, with
 * the fields {@code articleId, segmentId, blockIndex, blockKind, segmentIndex, sourceLang,
 * targetLang, source, target, state, origin, engine, qa}. {@code qa} lists the translation's QA findings
 * ({@code check}, {@code severity} {@code error} or {@code warning}, {@code message}, and the
 * {@code source} and {@code target} spans as UTF-16 {@code start}/{@code end} offsets into the texts as
 * stored, or null), empty when there is none. The offsets hold for the {@code source} and {@code target}
 * fields unless a control character was dropped from them (a bad source's, before the offset). An untranslated segment has
 * {@code "target": null} and {@code "state": "untranslated"}. Characters that cannot be encoded
 * (lone surrogates) or that no corpus wants (control characters from bad sources) are dropped.
 */
public final class JsonlWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each finding as an object; spans as {@code {"start": 4, "end": 11}} or null. */
    private static List<Map<String, Object>> findings(List<QualityFinding> findings) {
        List<Map<String, Object>> out = new ArrayList<>(findings.size());
        for (QualityFinding f : findings) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("check", f.check());
            finding.put("severity", f.severity().id());
            finding.put("message", Chars.strip(f.message()));
            finding.put("source", span(f.source()));
            finding.put("target", span(f.target()));
            out.add(finding);
        }
        return out;
    }

    private static Map<String, Integer> span(QualityFinding.Span span) {
        if (span == null) {
            return null;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("start", span.start());
        out.put("end", span.end());
        return out;
    }

    /** Writes the lines to {@code out}, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        for (BilingualBlock block : article.blocks()) {
            for (SegmentPair segment : block.segments()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("articleId", article.id());
                line.put("segmentId", segment.segmentId());
                line.put("blockIndex", block.index());
                line.put("blockKind", block.kind().name().toLowerCase(Locale.ROOT));
                line.put("segmentIndex", segment.index());
                line.put("sourceLang", Languages.source(article));
                line.put("targetLang", Languages.target(article));
                line.put("source", Chars.strip(segment.source()));
                line.put("target", Chars.strip(segment.target()));
                line.put("state", segment.translated() ? "translated" : "untranslated");
                line.put("origin", segment.origin() == null ? null : segment.origin().name());
                line.put("engine", segment.engine());
                line.put("qa", findings(segment.findings()));
                out.write(JSON.writeValueAsBytes(line));
                out.write('\n');
            }
        }
        out.flush();
    }
}
