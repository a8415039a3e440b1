package dev.hanbridge.export.english;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.export.HeaderText;
import dev.hanbridge.export.Languages;
import dev.hanbridge.export.Provenance;
import dev.hanbridge.export.english.TargetArticle.Part;
import dev.hanbridge.export.english.TargetArticle.Piece;
import dev.hanbridge.export.write.Chars;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes the English article as CommonMark: the headline as {@code #}, the deck in italics, byline
 * and published time (Korean time), headings as {@code ##}, paragraphs, captions and credits in
 * italics, list items as {@code -}, quotes as {@code >}, then a rule and a line naming the source
 * and who translated it. Untranslated sentences appear in bold as {@code [untranslated: …]} with
 * their Korean, and the document opens with a quoted notice counting them.
 *
 * <p>Every text is escaped, so a {@code *}, {@code _}, {@code <tag>} or {@code [link]} in an
 * article stays text; a line break inside a block becomes a space.
 */
public final class TargetMarkdownWriter {

    /** Characters that mean something anywhere in a CommonMark line. */
    private static final String INLINE_SPECIALS = "\\`*_[]<>|~";
    /** A line start that would open a heading, list, quote, rule or code block. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+=]|\\d+[.)])");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    private final Provenance provenance;

    public TargetMarkdownWriter(Provenance provenance) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /** Writes the document to {@code out} in UTF-8, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        Writer md = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<Part> parts = TargetArticle.parts(article);
        String notice = TargetArticle.notice(article);
        if (notice != null) {
            md.write("> **" + escape(notice) + "**\n\n");
        }
        boolean dated = article.publishedAt() == null;
        if (parts.isEmpty() || parts.get(0).kind() != BlockKind.TITLE) {
            dated = dateline(md, article, dated);
        }
        boolean headline = false;
        BlockKind previous = null;
        for (Part part : parts) {
            if (previous == BlockKind.LIST_ITEM && part.kind() != BlockKind.LIST_ITEM) {
                md.write("\n");
            }
            String text = text(part);
            switch (part.kind()) {
                case TITLE -> {
                    md.write((headline ? "## " : "# ") + text + "\n\n");
                    headline = true;
                    dated = dateline(md, article, dated);
                }
                case HEADING -> md.write("## " + text + "\n\n");
                case SUBTITLE, CAPTION, CREDIT -> md.write("*" + text + "*\n\n");
                case QUOTE -> md.write("> " + text + "\n\n");
                case LIST_ITEM -> md.write("- " + text + "\n");
                case BYLINE, PARAGRAPH, TABLE_CELL -> md.write(text + "\n\n");
            }
            previous = part.kind();
        }
        if (previous == BlockKind.LIST_ITEM) {
            md.write("\n");
        }
        md.write("---\n\n*" + escape(TargetArticle.provenance(article, provenance, Languages.source(article)))
                + "*\n");
        md.flush();
    }

    private static boolean dateline(Writer md, BilingualArticle article, boolean dated) throws IOException {
        if (!dated) {
            md.write(escape(HeaderText.published(article.publishedAt())) + "\n\n");
        }
        return true;
    }

    private static String text(Part part) {
        StringBuilder s = new StringBuilder();
        for (Piece piece : part.pieces()) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(piece.untranslated()
                    ? "**" + escape(TargetArticle.MARKER_START + piece.text() + TargetArticle.MARKER_END) + "**"
                    : escape(piece.text()));
        }
        return s.toString();
    }

    /** The text as literal CommonMark inline content on one line. */
    static String escape(String text) {
        String clean = Chars.strip(text).replaceAll("[\\r\\n]+", " ").strip();
        StringBuilder out = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = ENTITY.matcher(out).replaceAll("\\\\&");
        var start = BLOCK_START.matcher(escaped);
        if (start.find()) {
            // Escape the punctuation that would start a block: "#", ">", "-", or "1." of "1. Item".
            int at = start.end() - 1;
            escaped = escaped.substring(0, at) + "\\" + escaped.substring(at);
        }
        return escaped;
    }
}
