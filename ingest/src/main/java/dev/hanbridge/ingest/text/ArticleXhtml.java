package dev.hanbridge.ingest.text;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Writes an article's blocks as the XHTML every Tika parser emits, in the shape the block mapping
 * reads back: {@code <h1 class="title">}, {@code <h2 class="subtitle">}, {@code <h2>} for a
 * heading, {@code <blockquote>}, {@code <li>}, {@code <td>}, {@code <p class="caption">}, and
 * {@code <p>} for running text (whose bylines and credits the mapping recognises).
 */
public final class ArticleXhtml {

    /** The section the document names for its article ({@code IT}, {@code 경제 > 금융}). */
    public static final Property SECTION = Property.externalText("hanbridge:section");
    /**
     * A publication time the document states as such (a page's {@code article:published_time}, a
     * feed item's date), ISO-8601 with its offset; it wins over a time printed in the text.
     */
    public static final Property PUBLISHED = Property.externalText("hanbridge:published");

    private final XHTMLContentHandler xhtml;
    private int blocks;

    /** Set the metadata (title, byline, dates) before {@link #start()}: the XHTML head is written from it. */
    public ArticleXhtml(ContentHandler handler, Metadata metadata) {
        this.xhtml = new XHTMLContentHandler(handler, metadata);
    }

    public void start() throws SAXException {
        xhtml.startDocument();
    }

    public void end() throws SAXException {
        xhtml.endDocument();
    }

    /** How many blocks were written (empty texts are not). */
    public int blocks() {
        return blocks;
    }

    /** Running text: the mapping types it (paragraph, byline, credit) by its content. */
    public void paragraph(String text) throws SAXException {
        element("p", null, text);
    }

    /** A photo caption: its credit or byline is told apart, the rest is the caption. */
    public void caption(String text) throws SAXException {
        element("p", "caption", text);
    }

    public void block(BlockKind kind, String text) throws SAXException {
        switch (kind) {
            case TITLE -> element("h1", "title", text);
            case SUBTITLE -> element("h2", "subtitle", text);
            case HEADING -> element("h2", null, text);
            case QUOTE -> element("blockquote", null, text);
            case LIST_ITEM -> element("li", null, text);
            case TABLE_CELL -> element("td", null, text);
            case CAPTION -> caption(text);
            case PARAGRAPH -> paragraph(text);
            case BYLINE, CREDIT -> element("p", kind.name().toLowerCase(java.util.Locale.ROOT), text);
        }
    }

    private void element(String name, String cssClass, String text) throws SAXException {
        if (!hasText(text)) {
            return;
        }
        AttributesImpl attributes = new AttributesImpl();
        if (cssClass != null) {
            attributes.addAttribute("", "class", "class", "CDATA", cssClass);
        }
        xhtml.startElement(name, attributes);
        xhtml.characters(text);
        xhtml.endElement(name);
        blocks++;
    }

    /** What {@link KoreanText#normalize} would not reduce to nothing, without normalising twice. */
    private static boolean hasText(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                if (!KoreanText.isSpace(text.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
