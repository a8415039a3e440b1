package dev.hanbridge.export.english;

import static dev.hanbridge.export.write.Chars.escape;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.export.HeaderText;
import dev.hanbridge.export.Languages;
import dev.hanbridge.export.Provenance;
import dev.hanbridge.export.english.TargetArticle.Part;
import dev.hanbridge.export.english.TargetArticle.Piece;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes the English article as one standalone HTML page in the source's structure: the headline
 * as {@code h1}, the deck, byline and published time (Korean time), headings, paragraphs, captions,
 * credits, lists and quotes as the elements a web editor expects, then a footer naming the source
 * and who translated it. Inline CSS only, no scripts, no external resources.
 *
 * <p>An untranslated sentence appears as a highlighted {@code <mark class="untranslated">} holding
 * {@code [untranslated: …]} with its Korean (tagged with the source language), and the page opens
 * with a notice counting them.
 */
public final class TargetHtmlWriter {

    private static final String STYLE = """
            :root{color-scheme:light dark;--muted:#57606a;--warn:#9a6700;--warn-bg:#fff8c5}
            body{margin:0 auto;max-width:42rem;padding:1.5rem 1rem;font:17px/1.65 Georgia,"Times New Roman",serif}
            h1{font:700 2rem/1.2 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 0 .5rem}
            h2{font:700 1.3rem/1.3 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem 0 .5rem}
            .deck{font-size:1.15rem;color:var(--muted);margin:.25rem 0}
            .byline,.dateline{font:.9rem/1.4 system-ui,sans-serif;color:var(--muted);margin:.2rem 0}
            .caption,.credit{font:italic .85rem/1.4 system-ui,sans-serif;color:var(--muted)}
            blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--muted)}
            mark.untranslated{background:var(--warn-bg);color:var(--warn)}
            :lang(ko){word-break:keep-all}
            .notice{padding:.5rem .75rem;background:var(--warn-bg);color:var(--warn);font:.9rem/1.4 system-ui,sans-serif}
            footer{margin-top:2rem;font:.8rem/1.4 system-ui,sans-serif;color:var(--muted)}
            @media (prefers-color-scheme:dark){:root{--muted:#8b949e;--warn:#d29922;--warn-bg:#2d2200}}
            """;

    private final Provenance provenance;

    public TargetHtmlWriter(Provenance provenance) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /** Writes the page to {@code out} in UTF-8, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String sourceLang = Languages.source(article);
        String targetLang = Languages.target(article);
        List<Part> parts = TargetArticle.parts(article);
        html.write("<!DOCTYPE html>\n<html lang=\"" + escape(targetLang) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.write("<meta name=\"generator\" content=\"hanbridge " + escape(provenance.toolVersion()) + "\">\n");
        html.write("<title>" + escape(TargetArticle.headline(article, parts)) + "</title>\n");
        html.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n<article>\n");
        String notice = TargetArticle.notice(article);
        if (notice != null) {
            html.write("<p class=\"notice\" role=\"note\">" + escape(notice) + "</p>\n");
        }
        boolean dated = article.publishedAt() == null;
        if (parts.isEmpty() || parts.get(0).kind() != BlockKind.TITLE) {
            dated = dateline(html, article, dated);
        }
        boolean headline = false;
        boolean inList = false;
        for (Part part : parts) {
            if (inList && part.kind() != BlockKind.LIST_ITEM) {
                html.write("</ul>\n");
                inList = false;
            }
            String text = text(part, sourceLang);
            switch (part.kind()) {
                case TITLE -> {
                    html.write((headline ? "<h2>" : "<h1>") + text + (headline ? "</h2>\n" : "</h1>\n"));
                    headline = true;
                    dated = dateline(html, article, dated);
                }
                case SUBTITLE -> html.write("<p class=\"deck\">" + text + "</p>\n");
                case BYLINE -> html.write("<p class=\"byline\">" + text + "</p>\n");
                case HEADING -> html.write("<h2>" + text + "</h2>\n");
                case CAPTION -> html.write("<p class=\"caption\">" + text + "</p>\n");
                case CREDIT -> html.write("<p class=\"credit\">" + text + "</p>\n");
                case QUOTE -> html.write("<blockquote><p>" + text + "</p></blockquote>\n");
                case LIST_ITEM -> {
                    if (!inList) {
                        html.write("<ul>\n");
                        inList = true;
                    }
                    html.write("<li>" + text + "</li>\n");
                }
                case PARAGRAPH, TABLE_CELL -> html.write("<p>" + text + "</p>\n");
            }
        }
        if (inList) {
            html.write("</ul>\n");
        }
        html.write("<footer><p>" + escape(TargetArticle.provenance(article, provenance, sourceLang))
                + "</p></footer>\n</article>\n</body>\n</html>\n");
        html.flush();
    }

    /** Writes the published time unless it is written already; returns that it is written now. */
    private static boolean dateline(Writer html, BilingualArticle article, boolean dated) throws IOException {
        if (!dated) {
            html.write("<p class=\"dateline\"><time datetime=\"" + escape(HeaderText.publishedIso(article.publishedAt()))
                    + "\">" + escape(HeaderText.published(article.publishedAt())) + "</time></p>\n");
        }
        return true;
    }

    private static String text(Part part, String sourceLang) {
        StringBuilder s = new StringBuilder();
        for (Piece piece : part.pieces()) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            if (piece.untranslated()) {
                s.append("<mark class=\"untranslated\">").append(escape(TargetArticle.MARKER_START))
                        .append("<span lang=\"").append(escape(sourceLang)).append("\">").append(escape(piece.text()))
                        .append("</span>").append(escape(TargetArticle.MARKER_END)).append("</mark>");
            } else {
                s.append(escape(piece.text()));
            }
        }
        return s.toString();
    }
}
