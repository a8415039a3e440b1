package dev.hanbridge.export.docx;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.export.HeaderText;
import dev.hanbridge.export.Languages;
import dev.hanbridge.export.Provenance;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * Writes an article as a Word document for reviewers: the article's header (title in Korean and
 * English, byline, published time in Korean time, source, who translated it, languages, run and
 * hanbridge version), then one two-column table, Korean | English, with a row per segment in
 * reading order.
 *
 * <p>One table for the whole article rather than one per block: Word and LibreOffice repeat its
 * header row on every page, a reviewer can select a whole column, and it copies into a spreadsheet
 * or CAT tool as one grid; a table per block would repeat the header dozens of times and break the
 * column at every block. The blocks stay visible: the rows of every other block are shaded, and a
 * row's text is styled by its block (titles and headings bold, decks, captions and credits
 * italic). Rows do not split across pages. An untranslated segment has a highlighted
 * {@code [untranslated]} in its English cell, never the Korean a second time.
 *
 * <p>QA findings are Word comments on the English text of their row (author {@value QaComments#AUTHOR}),
 * one line per finding: reviewers see them in the margin, reply to or resolve them as they go, and
 * the two-column table stays two columns that copy into a spreadsheet or CAT tool as they are.
 */
public final class BilingualDocxWriter {

    /** The shading of every other block's rows, light enough to print. */
    static final String BLOCK_SHADE = "F2F2F2";
    /** Column width in twentieths of a point: half of an A4 or Letter page's text width each. */
    private static final int COLUMN_TWIPS = 4680;

    private final Provenance provenance;

    public BilingualDocxWriter(Provenance provenance) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /** Writes the document to {@code out}, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        String sourceLang = Languages.source(article);
        String targetLang = Languages.target(article);
        DocxDocument docx = new DocxDocument(article.title() == null ? article.name() : article.title(),
                sourceLang, targetLang);
        writeHeader(article, docx, sourceLang, targetLang);
        writeTable(article, docx, sourceLang, targetLang, provenance.runDate());
        docx.write(out);
    }

    private void writeHeader(BilingualArticle article, DocxDocument docx, String sourceLang, String targetLang) {
        if (article.title() != null) {
            docx.korean(docx.paragraph("Title"), article.title());
        }
        String englishTitle = englishTitle(article);
        if (englishTitle != null) {
            docx.target(docx.paragraph("Subtitle"), englishTitle);
        }
        if (article.byline() != null) {
            XWPFParagraph byline = meta(docx, "Byline");
            docx.korean(byline, article.byline());
        }
        if (article.section() != null) {
            docx.korean(meta(docx, "Section"), article.section());
        }
        if (article.publishedAt() != null) {
            docx.target(meta(docx, "Published"), HeaderText.published(article.publishedAt()));
        }
        if (article.sourceUri() != null) {
            docx.korean(meta(docx, "Source"), article.sourceUri()); // file names are often Korean
        }
        docx.target(meta(docx, "Translated by"), HeaderText.translatedBy(article, provenance));
        String untranslated = HeaderText.untranslated(article);
        docx.target(meta(docx, "Segments"), article.translatedCount() + " of " + article.segmentCount()
                + " translated" + (untranslated == null ? "" : " (" + untranslated + ", marked [untranslated])"));
        String qa = HeaderText.qa(article);
        docx.target(meta(docx, "Quality checks"), qa.equals("no findings") ? qa
                : qa + ", each a comment on its English text (" + QaComments.AUTHOR + ")");
        docx.target(meta(docx, "Languages"), sourceLang + " → " + targetLang);
        docx.target(meta(docx, "Run"), HeaderText.run(provenance));
    }

    private static XWPFParagraph meta(DocxDocument docx, String label) {
        XWPFParagraph paragraph = docx.paragraph("Meta");
        paragraph.setSpacingAfter(0);
        docx.target(paragraph, label + ": ").setBold(true);
        return paragraph;
    }

    private static void writeTable(BilingualArticle article, DocxDocument docx, String sourceLang,
            String targetLang, Instant runDate) {
        docx.paragraph(null); // space between header and table
        XWPFTable table = docx.document().createTable(1, 2);
        table.setWidth("100%");
        // LibreOffice sizes columns from the grid, Word from the cell widths: give both.
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() < 2) {
            grid.addNewGridCol();
        }
        for (int i = 0; i < grid.sizeOfGridColArray(); i++) {
            grid.getGridColArray(i).setW(BigInteger.valueOf(COLUMN_TWIPS));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        headerCell(docx, header.getCell(0), "Korean (" + sourceLang + ")");
        headerCell(docx, header.getCell(1), "English (" + targetLang + ")");
        QaComments comments = new QaComments(docx, runDate);
        int shown = 0;
        for (BilingualBlock block : article.blocks()) {
            if (block.segments().isEmpty()) {
                continue;
            }
            boolean shaded = shown++ % 2 == 1;
            for (SegmentPair segment : block.segments()) {
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                XWPFTableCell korean = row.getCell(0);
                XWPFTableCell english = row.getCell(1);
                style(docx.korean(firstParagraph(korean), segment.source()), block.kind());
                if (segment.translated()) {
                    XWPFParagraph paragraph = firstParagraph(english);
                    BigInteger comment = segment.findings().isEmpty() ? null : comments.open(paragraph);
                    style(docx.target(paragraph, segment.target()), block.kind());
                    if (comment != null) {
                        comments.close(paragraph, comment, segment.findings());
                    }
                } else {
                    XWPFRun marker = docx.target(firstParagraph(english), "[untranslated]");
                    marker.setItalic(true);
                    marker.setTextHighlightColor("yellow");
                }
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.setWidth("50%");
                    if (shaded) {
                        cell.setColor(BLOCK_SHADE);
                    }
                }
            }
        }
    }

    private static void headerCell(DocxDocument docx, XWPFTableCell cell, String text) {
        cell.setWidth("50%");
        cell.setColor("D9D9D9");
        docx.target(firstParagraph(cell), text).setBold(true);
    }

    /** A new cell holds one empty paragraph; write into it rather than add a second. */
    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    private static void style(XWPFRun run, BlockKind kind) {
        switch (kind) {
            case TITLE, HEADING -> run.setBold(true);
            case SUBTITLE, CAPTION, CREDIT, QUOTE -> run.setItalic(true);
            case BYLINE -> run.setColor("595959");
            default -> {
            }
        }
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
}
