package dev.hanbridge.export.english;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.export.HeaderText;
import dev.hanbridge.export.Languages;
import dev.hanbridge.export.Provenance;
import dev.hanbridge.export.docx.DocxDocument;
import dev.hanbridge.export.english.TargetArticle.Part;
import dev.hanbridge.export.english.TargetArticle.Piece;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the English article as a Word document in the source's structure, one paragraph per
 * block, each in a named style an editor can restyle or map: {@code Title} (headline),
 * {@code Subtitle} (deck), {@code Byline}, {@code Heading1}, Normal paragraphs, {@code Caption},
 * {@code Credit}, bulleted list items and {@code Quote}; the published time (Korean time) follows
 * the headline, and a closing line names the source and who translated it.
 *
 * <p>An untranslated sentence appears highlighted as {@code [untranslated: …]} with its Korean in a
 * Korean-tagged run, and the document opens with a highlighted notice counting them.
 */
public final class TargetDocxWriter {

    private final Provenance provenance;

    public TargetDocxWriter(Provenance provenance) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /** Writes the document to {@code out}, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        String sourceLang = Languages.source(article);
        List<Part> parts = TargetArticle.parts(article);
        DocxDocument docx = new DocxDocument(TargetArticle.headline(article, parts), sourceLang,
                Languages.target(article));
        String notice = TargetArticle.notice(article);
        if (notice != null) {
            XWPFRun run = docx.target(docx.paragraph("Meta"), notice);
            run.setBold(true);
            run.setTextHighlightColor("yellow");
        }
        boolean dated = article.publishedAt() == null;
        if (parts.isEmpty() || parts.get(0).kind() != BlockKind.TITLE) {
            dated = dateline(docx, article, dated);
        }
        boolean headline = false;
        for (Part part : parts) {
            XWPFParagraph paragraph = docx.paragraph(switch (part.kind()) {
                case TITLE -> headline ? "Heading1" : "Title";
                case SUBTITLE -> "Subtitle";
                case BYLINE -> "Byline";
                case HEADING -> "Heading1";
                case CAPTION -> "Caption";
                case CREDIT -> "Credit";
                case QUOTE -> "Quote";
                case LIST_ITEM, PARAGRAPH, TABLE_CELL -> null;
            });
            if (part.kind() == BlockKind.LIST_ITEM) {
                docx.bullet(paragraph);
                paragraph.setSpacingAfter(60);
            } else if (paragraph.getStyle() == null) {
                paragraph.setSpacingAfter(160); // Normal has no space after: body paragraphs would run together
            }
            write(docx, paragraph, part);
            if (part.kind() == BlockKind.TITLE) {
                headline = true;
                dated = dateline(docx, article, dated);
            }
        }
        docx.target(docx.paragraph("Meta"), TargetArticle.provenance(article, provenance, sourceLang));
        docx.write(out);
    }

    private static boolean dateline(DocxDocument docx, BilingualArticle article, boolean dated) {
        if (!dated) {
            docx.target(docx.paragraph("Byline"), HeaderText.published(article.publishedAt()));
        }
        return true;
    }

    private static void write(DocxDocument docx, XWPFParagraph paragraph, Part part) {
        boolean first = true;
        for (Piece piece : part.pieces()) {
            String space = first ? "" : " ";
            first = false;
            if (!piece.untranslated()) {
                docx.target(paragraph, space + piece.text());
                continue;
            }
            if (!space.isEmpty()) {
                docx.target(paragraph, space);
            }
            marker(docx.target(paragraph, TargetArticle.MARKER_START));
            marker(docx.korean(paragraph, piece.text()));
            marker(docx.target(paragraph, TargetArticle.MARKER_END));
        }
    }

    private static void marker(XWPFRun run) {
        run.setTextHighlightColor("yellow");
    }
}
