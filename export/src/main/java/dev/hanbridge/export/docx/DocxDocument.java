package dev.hanbridge.export.docx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import dev.hanbridge.export.write.Chars;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document as both DOCX exports build it: Korean-capable fonts, language tags on every run,
 * and the paragraph styles the English article uses ({@code Title}, {@code Subtitle},
 * {@code Heading1}, {@code Quote}, {@code Caption}, plus {@code Byline} and {@code Credit}), so an
 * editor can restyle the whole document or map it to a publishing system by style.
 *
 * <p>Fonts: every run names {@value #LATIN_FONT} for Latin text and {@value #KOREAN_FONT} for East
 * Asian text, and Korean runs carry {@code w:lang w:eastAsia} and the East Asian font hint, which
 * is what makes Word use the East Asian font for Hangul. Word has no per-run fallback list; where
 * Malgun Gothic is missing, Word for Mac maps it to Apple SD Gothic Neo and LibreOffice substitutes
 * a Korean font through fontconfig (Noto Sans CJK KR on most Linux systems). The document defaults
 * say the same, so text an editor types later gets them too.
 */
public final class DocxDocument {

    public static final String LATIN_FONT = "Calibri";
    public static final String KOREAN_FONT = "Malgun Gothic";

    private final XWPFDocument document = new XWPFDocument();
    private final String sourceLang;
    private final String targetLang;
    private BigInteger bullets;

    /**
     * @param title the document's title property
     * @param sourceLang the tag of the Korean runs, e.g. {@code ko-KR}
     * @param targetLang the tag of the English runs and the document's language, e.g. {@code en-US}
     */
    public DocxDocument(String title, String sourceLang, String targetLang) {
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
        var core = document.getProperties().getCoreProperties();
        core.setTitle(Chars.strip(title));
        core.setCreator("hanbridge");
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(KOREAN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(targetLang);
        styles.setEastAsia(sourceLang);
        paragraphStyle(styles, "Title", "Title", -1, 26, true, false, null);
        paragraphStyle(styles, "Subtitle", "Subtitle", -1, 14, false, true, "404040");
        paragraphStyle(styles, "Heading1", "heading 1", 0, 16, true, false, null);
        paragraphStyle(styles, "Heading2", "heading 2", 1, 13, true, false, null);
        paragraphStyle(styles, "Quote", "Quote", -1, 11, false, true, "404040");
        paragraphStyle(styles, "Caption", "caption", -1, 9, false, true, "404040");
        paragraphStyle(styles, "Byline", "Byline", -1, 10, false, false, "595959");
        paragraphStyle(styles, "Credit", "Credit", -1, 8, false, false, "595959");
        paragraphStyle(styles, "Meta", "Meta", -1, 9, false, false, "595959");
    }

    public XWPFDocument document() {
        return document;
    }

    /** A new paragraph at the end of the body, in the given style ({@code null}: Normal). */
    public XWPFParagraph paragraph(String styleId) {
        XWPFParagraph paragraph = document.createParagraph();
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        return paragraph;
    }

    /** Makes the paragraph a bullet-list item (one list definition for the whole document). */
    public void bullet(XWPFParagraph paragraph) {
        if (bullets == null) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.ZERO);
            CTLvl level = list.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("•");
            level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
            level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
            XWPFNumbering numbering = document.createNumbering();
            bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
        }
        paragraph.setNumID(bullets);
        paragraph.setNumILvl(BigInteger.ZERO);
    }

    /** A run of target-language text. */
    public XWPFRun target(XWPFParagraph paragraph, String text) {
        XWPFRun run = run(paragraph, text);
        run.setLang(targetLang);
        return run;
    }

    /** A run of Korean text: East Asian language tag and font hint, so Word picks the Korean font. */
    public XWPFRun korean(XWPFParagraph paragraph, String text) {
        XWPFRun run = run(paragraph, text);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTLanguage language = properties.sizeOfLangArray() > 0 ? properties.getLangArray(0) : properties.addNewLang();
        language.setEastAsia(sourceLang);
        properties.getRFontsArray(0).setHint(STHint.EAST_ASIA);
        return run;
    }

    /**
     * Writes the document to {@code out} without closing it: the DOCX writers run inside a caller
     * that owns the stream (it hashes and moves the file afterwards).
     */
    public void write(OutputStream out) throws IOException {
        document.write(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        document.close();
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
        run.setFontFamily(LATIN_FONT, FontCharRange.cs);
        run.setFontFamily(KOREAN_FONT, FontCharRange.eastAsia);
        // A line break inside a segment (a table cell from the source) is a break, not a space.
        String[] lines = Chars.strip(text == null ? "" : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return run;
    }

    private static void paragraphStyle(XWPFStyles styles, String id, String name, int outlineLevel, int points,
            boolean bold, boolean italic, String color) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            paragraph.addNewKeepNext();
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L)); // half-points
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
