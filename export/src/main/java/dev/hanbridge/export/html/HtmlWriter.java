package dev.hanbridge.export.html;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.export.write.Chars;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes an article as one standalone HTML page: inline CSS, no scripts, no external resources,
 * so it opens the same from a mail attachment, a zip or a web server. A table has a row per
 * segment with the block kind, the Korean source ({@code lang="ko"}) and the English target
 * ({@code lang="en"}) with a badge for its origin and engine. An untranslated segment shows a
 * marked "untranslated" cell, never the Korean a second time. On narrow screens the rows stack.
 *
 * <p>Every text is escaped, attributes included, and characters XML 1.0 does not allow (which
 * HTML treats as parse errors too) are dropped.
 */
public final class HtmlWriter {

    private static final String STYLE = """
            :root{color-scheme:light dark;--line:#d0d7de;--muted:#57606a;--warn:#9a6700;--warn-bg:#fff8c5}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:72rem;padding:1.5rem 1rem;font:16px/1.6 system-ui,-apple-system,"Segoe UI",\
            "Apple SD Gothic Neo","Malgun Gothic","Noto Sans KR","Noto Sans CJK KR",sans-serif}
            header h1{font-size:1.6rem;line-height:1.3;margin:0 0 .25rem}
            header p{margin:.25rem 0;color:var(--muted)}
            header p.title-en{font-size:1.15rem;color:inherit}
            table{width:100%;border-collapse:collapse;table-layout:fixed}
            th,td{border-top:1px solid var(--line);padding:.5rem .6rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
            th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
            col.kind{width:7rem}
            td.kind{font-size:.8rem;color:var(--muted)}
            tr.more td{border-top:1px dotted var(--line)}
            tr.title td.text,tr.heading td.text,tr.subtitle td.text{font-weight:600}
            td.untranslated{color:var(--warn);background:var(--warn-bg);font-style:italic}
            .badge{display:inline-block;margin-left:.4rem;padding:0 .4rem;border:1px solid var(--line);border-radius:.6rem;\
            font-size:.7rem;font-style:normal;color:var(--muted);white-space:nowrap}
            ul.notes{margin:.3rem 0 0;padding-left:1.1rem;font-size:.85rem;color:var(--warn)}
            @media (prefers-color-scheme:dark){:root{--line:#30363d;--muted:#8b949e;--warn:#d29922;--warn-bg:#2d2200}}
            @media (max-width:40rem){table,tbody,tr,td{display:block;width:100%}thead,colgroup{display:none}\
            tr{border-top:2px solid var(--line);padding:.4rem 0}td{border:0;padding:.2rem 0}}
            """;

    private final Function<SegmentPair, List<String>> notes;

    /** A writer without notes. */
    public HtmlWriter() {
        this(segment -> List.of());
    }

    /** @param notes the notes of a segment (QA findings), shown under its English text */
    public HtmlWriter(Function<SegmentPair, List<String>> notes) {
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    /** Writes the page to {@code out} in UTF-8, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String targetLang = article.targetLang() == null ? "en" : article.targetLang();
        String sourceLang = article.sourceLang() == null ? "ko" : article.sourceLang();
        html.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.write("<meta name=\"generator\" content=\"hanbridge\">\n");
        html.write("<title>" + escape(article.title() == null ? article.name() : article.title()) + "</title>\n");
        html.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header>\n");
        if (article.title() != null) {
            html.write("<h1 lang=\"" + escape(sourceLang) + "\">" + escape(article.title()) + "</h1>\n");
        }
        String englishTitle = englishTitle(article);
        if (englishTitle != null) {
            html.write("<p class=\"title-en\" lang=\"" + escape(targetLang) + "\">" + escape(englishTitle) + "</p>\n");
        }
        if (article.byline() != null) {
            html.write("<p class=\"byline\" lang=\"" + escape(sourceLang) + "\">" + escape(article.byline()) + "</p>\n");
        }
        html.write("<p class=\"meta\">");
        if (article.publishedAt() != null) {
            html.write("Published " + escape(article.publishedAt().toString()) + " · ");
        }
        html.write(article.translatedCount() + " of " + article.segmentCount() + " segments translated");
        if (article.sourceUri() != null) {
            html.write(" · source <code>" + escape(article.sourceUri()) + "</code>");
        }
        html.write("</p>\n</header>\n<main>\n<table>\n");
        html.write("<colgroup><col class=\"kind\"><col><col></colgroup>\n");
        html.write("<thead><tr><th scope=\"col\">Block</th><th scope=\"col\">Korean</th><th scope=\"col\">English</th></tr></thead>\n<tbody>\n");
        for (BilingualBlock block : article.blocks()) {
            String kind = block.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            for (SegmentPair segment : block.segments()) {
                writeRow(html, block, kind, segment, sourceLang, targetLang);
            }
        }
        html.write("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        html.flush();
    }

    private void writeRow(Writer html, BilingualBlock block, String kind, SegmentPair segment,
            String sourceLang, String targetLang) throws IOException {
        // "more": a further sentence of the same block, drawn closer to the sentence before it.
        html.write("<tr id=\"s" + segment.segmentId() + "\" class=\"" + kind + (segment.index() == 0 ? "" : " more")
                + (segment.translated() ? "" : " untranslated") + "\">");
        html.write("<td class=\"kind\">" + kind + (segment.index() == 0 ? "" : " ·" + (segment.index() + 1)) + "</td>");
        html.write("<td class=\"text\" lang=\"" + escape(sourceLang) + "\">" + escape(segment.source()) + "</td>");
        if (segment.translated()) {
            html.write("<td class=\"text\" lang=\"" + escape(targetLang) + "\">" + escape(segment.target()));
            String badge = badge(segment);
            if (!badge.isEmpty()) {
                html.write("<span class=\"badge\" lang=\"en\">" + escape(badge) + "</span>");
            }
        } else {
            html.write("<td class=\"text untranslated\" lang=\"en\">untranslated");
        }
        List<String> segmentNotes = notes.apply(segment);
        if (!segmentNotes.isEmpty()) {
            html.write("<ul class=\"notes\" lang=\"en\">");
            for (String note : segmentNotes) {
                html.write("<li>" + escape(note) + "</li>");
            }
            html.write("</ul>");
        }
        html.write("</td></tr>\n");
    }

    /** The translation of the first title block, or null unless every sentence of it is translated. */
    private static String englishTitle(BilingualArticle article) {
        return article.blocks().stream()
                .filter(b -> b.kind() == BlockKind.TITLE && !b.segments().isEmpty())
                .findFirst()
                .filter(b -> b.segments().stream().allMatch(SegmentPair::translated))
                .map(b -> b.segments().stream().map(SegmentPair::target).collect(Collectors.joining(" ")))
                .orElse(null);
    }

    private static String badge(SegmentPair segment) {
        String origin = segment.origin() == null ? "" : switch (segment.origin()) {
            case TM_EXACT -> "TM exact";
            case TM_FUZZY -> "TM fuzzy";
            case MT -> "MT";
            case HUMAN -> "human";
        };
        if (segment.engine() == null || segment.engine().isBlank()) {
            return origin;
        }
        return origin.isEmpty() ? segment.engine() : origin + " · " + segment.engine();
    }

    /** Escapes for text and for double- or single-quoted attribute values alike. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String clean = Chars.strip(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
