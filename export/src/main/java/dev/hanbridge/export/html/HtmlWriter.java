package dev.hanbridge.export.html;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.QualityFinding.Severity;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.export.write.Chars;
import dev.hanbridge.export.write.FindingRanges;
import dev.hanbridge.export.HeaderText;
import dev.hanbridge.export.Languages;
import dev.hanbridge.export.Provenance;
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
 * so it opens the same from a mail attachment, a zip or a web server. The header names the
 * article (title, byline, published time in Korean time), its source, who translated it and the
 * run. A table has a row per segment with the block kind, the Korean source and the English target,
 * each with the run's language tag. An untranslated segment shows a marked "untranslated" cell,
 * never the Korean a second time. On narrow screens the rows stack.
 *
 * <p>The badge that says where a translation came from ({@code MT · deepl}) is drawn by CSS from
 * the cell's {@code data-badge} attribute, so it is not part of the cell's text: copying the page,
 * or converting it with a tool that reads the text, yields the English alone. Korean lines break
 * between words only ({@code word-break: keep-all}), as Korean typesetting does.
 *
 * <p>QA findings show on their row: the row carries a {@code qa-error} or {@code qa-warning} class (its
 * worst finding), the block cell a coloured {@code QA error}/{@code QA warning} mark, the parts of the
 * Korean and English the findings point at are {@code <mark>}ed in the same colour (with the messages as
 * their title), and the messages are listed under the English text. The header counts the findings and
 * a legend says what the colours mean.
 *
 * <p>Every text is escaped, attributes included, and characters XML 1.0 does not allow (which
 * HTML treats as parse errors too) are dropped.
 */
public final class HtmlWriter {

    private static final String STYLE = """
            :root{color-scheme:light dark;--line:#d0d7de;--muted:#57606a;--warn:#9a6700;--warn-bg:#fff8c5;--error:#cf222e;\
            --error-bg:#ffebe9}
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
            :lang(ko){word-break:keep-all}
            td[data-badge]::after{content:attr(data-badge);display:inline-block;margin-left:.4rem;padding:0 .4rem;\
            border:1px solid var(--line);border-radius:.6rem;font-size:.7rem;font-style:normal;color:var(--muted);\
            white-space:nowrap;user-select:none}
            dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 .8rem;margin:.5rem 0 1rem;font-size:.9rem;color:var(--muted)}
            dl.meta dt{font-weight:600}dl.meta dd{margin:0}
            ul.notes{margin:.3rem 0 0;padding-left:1.1rem;font-size:.85rem;color:var(--warn)}
            tr.qa-error td.kind{box-shadow:inset 4px 0 var(--error)}tr.qa-warning td.kind{box-shadow:inset 4px 0 var(--warn)}
            .qa-mark{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.7rem;font-weight:600;color:#fff;\
            white-space:nowrap}
            .qa-mark.qa-error{background:var(--error)}.qa-mark.qa-warning{background:var(--warn)}
            mark.qa-error{color:inherit;background:var(--error-bg);text-decoration:underline wavy var(--error)}
            mark.qa-warning{color:inherit;background:var(--warn-bg);text-decoration:underline dotted var(--warn)}
            ul.qa{margin:.3rem 0 0;padding-left:1.1rem;font-size:.85rem}
            ul.qa li.qa-error{color:var(--error)}ul.qa li.qa-warning{color:var(--warn)}
            p.qa-legend{font-size:.85rem;color:var(--muted)}
            @media (prefers-color-scheme:dark){:root{--line:#30363d;--muted:#8b949e;--warn:#d29922;--warn-bg:#2d2200;\
            --error:#f85149;--error-bg:#3d1214}}
            @media (max-width:40rem){table,tbody,tr,td{display:block;width:100%}thead,colgroup{display:none}\
            tr{border-top:2px solid var(--line);padding:.4rem 0}td{border:0;padding:.2rem 0}}
            """;

    /** What the QA colours mean, under the header. */
    private static final String LEGEND = "<p class=\"qa-legend\" lang=\"en\">Quality checks: "
            + "<span class=\"qa-mark qa-error\">QA error</span> the translation contradicts the source: a different "
            + "number, date or name, Hangul left, an unbalanced quote; <span class=\"qa-mark qa-warning\">QA warning"
            + "</span> something may be missing or added: a glossary term, an extra number, a length far from the "
            + "usual. Marked text is what a finding points at; the findings are listed under the English.</p>\n";

    private final Provenance provenance;
    private final Function<SegmentPair, List<String>> notes;

    /** A writer outside a run, without notes. */
    public HtmlWriter() {
        this(Provenance.standalone());
    }

    /** A writer without notes. */
    public HtmlWriter(Provenance provenance) {
        this(provenance, segment -> List.of());
    }

    /** @param notes the notes of a segment (QA findings), shown under its English text */
    public HtmlWriter(Function<SegmentPair, List<String>> notes) {
        this(Provenance.standalone(), notes);
    }

    /**
     * @param provenance the run, named in the header
     * @param notes the notes of a segment (QA findings), shown under its English text
     */
    public HtmlWriter(Provenance provenance, Function<SegmentPair, List<String>> notes) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    /** Writes the page to {@code out} in UTF-8, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String targetLang = Languages.target(article);
        String sourceLang = Languages.source(article);
        html.write("<!DOCTYPE html>\n<html lang=\"" + escape(targetLang) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.write("<meta name=\"generator\" content=\"hanbridge " + escape(provenance.toolVersion()) + "\">\n");
        html.write("<title" + (article.title() == null ? "" : " lang=\"" + escape(sourceLang) + "\"") + ">"
                + escape(article.title() == null ? article.name() : article.title()) + "</title>\n");
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
        html.write("<dl class=\"meta\">\n");
        if (article.section() != null) {
            meta(html, "section", "Section", "<span lang=\"" + escape(sourceLang) + "\">" + escape(article.section())
                    + "</span>");
        }
        if (article.publishedAt() != null) {
            meta(html, "published", "Published", "<time datetime=\"" + escape(HeaderText.publishedIso(article.publishedAt()))
                    + "\">" + escape(HeaderText.published(article.publishedAt())) + "</time>");
        }
        if (article.sourceUri() != null) {
            meta(html, "source", "Source", "<code>" + escape(article.sourceUri()) + "</code>");
        }
        meta(html, "translated-by", "Translated by", escape(HeaderText.translatedBy(article, provenance)));
        meta(html, "segments", "Segments", article.translatedCount() + " of " + article.segmentCount() + " translated");
        meta(html, "qa", "Quality checks", escape(HeaderText.qa(article)));
        meta(html, "languages", "Languages", escape(sourceLang) + " → " + escape(targetLang));
        meta(html, "run", "Run", escape(HeaderText.run(provenance)));
        html.write("</dl>\n");
        html.write(LEGEND);
        html.write("</header>\n<main>\n<table>\n");
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
        Severity worst = QualityFinding.worst(segment.findings());
        String qaClass = worst == null ? "" : " qa-" + worst.id();
        html.write("<tr id=\"s" + segment.segmentId() + "\" class=\"" + kind + (segment.index() == 0 ? "" : " more")
                + (segment.translated() ? "" : " untranslated") + qaClass + "\">");
        html.write("<td class=\"kind\">" + kind + (segment.index() == 0 ? "" : " ·" + (segment.index() + 1)));
        if (worst != null) {
            html.write(" <span class=\"qa-mark" + qaClass + "\">QA " + worst.id() + "</span>");
        }
        html.write("</td>");
        html.write("<td class=\"text\" lang=\"" + escape(sourceLang) + "\">"
                + marked(segment.source(), FindingRanges.inSource(segment.source(), segment.findings())) + "</td>");
        if (segment.translated()) {
            String badge = badge(segment);
            html.write("<td class=\"text\" lang=\"" + escape(targetLang) + "\""
                    + (badge.isEmpty() ? "" : " data-badge=\"" + escape(badge) + "\"") + ">"
                    + marked(segment.target(), FindingRanges.inTarget(segment.target(), segment.findings())));
            writeFindings(html, segment.findings());
        } else {
            html.write("<td class=\"text untranslated\" lang=\"" + escape(targetLang) + "\">untranslated");
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

    private static void writeFindings(Writer html, List<QualityFinding> findings) throws IOException {
        if (findings.isEmpty()) {
            return;
        }
        html.write("<ul class=\"qa\" lang=\"en\">");
        for (QualityFinding f : findings) {
            html.write("<li class=\"qa-" + f.severity().id() + "\"><b>" + escape(f.check()) + "</b> "
                    + f.severity().id() + ": " + escape(f.message()) + "</li>");
        }
        html.write("</ul>");
    }

    /** The text escaped, with each range {@code <mark>}ed in its worst severity's colour, messages as title. */
    private static String marked(String text, List<FindingRanges.Range> ranges) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (FindingRanges.Range r : ranges) {
            out.append(escape(text.substring(at, r.start())));
            String title = r.findings().stream().map(QualityFinding::line).collect(Collectors.joining("\n"));
            out.append("<mark class=\"qa-").append(r.worst().id()).append("\" title=\"").append(escape(title))
                    .append("\">").append(escape(text.substring(r.start(), r.end()))).append("</mark>");
            at = r.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }

    private static void meta(Writer html, String kind, String label, String valueHtml) throws IOException {
        html.write("<dt>" + label + "</dt><dd class=\"" + kind + "\">" + valueHtml + "</dd>\n");
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
            case COPIED -> "copied: no Korean";
        };
        if (segment.engine() == null || segment.engine().isBlank()) {
            return origin;
        }
        String engine = segment.model() == null || segment.model().isBlank() ? segment.engine()
                : segment.engine() + " " + segment.model();
        return origin.isEmpty() ? engine : origin + " · " + engine;
    }

    /** Escapes for text and for double- or single-quoted attribute values alike. */
    static String escape(String text) {
        return Chars.escape(text);
    }
}
