package dev.hanbridge.ingest.tika;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.text.BlockRules;
import dev.hanbridge.ingest.text.PlainTextParser;

import org.apache.tika.metadata.Metadata;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns Tika's XHTML events into blocks: each {@code <p>}, heading, list item, table cell and
 * quote becomes one block, so DOCX, PDF and HWP keep their paragraphs. Page headers and footers,
 * annotations and embedded documents are skipped (page furniture, not the article). Our own
 * parsers name the kinds they know by class ({@code title}, {@code subtitle}, {@code caption};
 * see {@code ArticleXhtml}).
 */
final class BlockContentHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "blockquote", "div", "pre", "dt", "dd", "caption", "tr", "table", "ul", "ol");
    private static final Set<String> SKIPPED_ELEMENTS = Set.of("head", "script", "style");
    private static final Set<String> SKIPPED_CLASSES = Set.of("header", "footer", "annotation", "embedded",
            "package-entry", "ocr", "comment", "comments");

    /** {@code - 3 -}, {@code 12}: a page number printed as its own line. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–—]?\\s*\\d{1,4}\\s*[-–—]?$");
    /** A line at least this share of the longest lines' length is a full line, so it wraps into the next. */
    private static final double FULL_LINE = 0.85;

    private final ArticleDraft draft;
    private final long writeLimit;
    private final Metadata metadata;
    /** Known once parsing starts: the type is detected after the handler is made. */
    private Boolean pdf;
    /** PDF paragraphs are held back until the end: joining wrapped lines needs the typical line length. */
    private final List<String> pdfLines = new ArrayList<>();
    private final Deque<BlockKind> kinds = new ArrayDeque<>();
    private final Deque<Boolean> skipping = new ArrayDeque<>();
    private final StringBuilder buffer = new StringBuilder();
    private long written;
    private int skipDepth;
    private boolean anyText;
    private boolean limitReached;

    BlockContentHandler(ArticleDraft draft, long writeLimit, Metadata metadata) {
        this.draft = draft;
        this.writeLimit = writeLimit;
        this.metadata = metadata;
    }

    private boolean pdf() {
        if (pdf == null) {
            pdf = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).startsWith("application/pdf");
        }
        return pdf;
    }

    /** Thrown from a SAX callback when the document has more text than the limit. */
    static final class TooMuchText extends SAXException {
        TooMuchText(long limit) {
            super("more than " + limit + " characters of text");
        }
    }

    /** True once the text went beyond the limit, even when a parser swallowed the exception that said so. */
    boolean limitReached() {
        return limitReached;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        String cssClass = atts.getValue("class");
        boolean skip = SKIPPED_ELEMENTS.contains(name) || cssClass != null && SKIPPED_CLASSES.contains(cssClass);
        skipping.push(skip);
        if (skip) {
            skipDepth++;
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        if (name.equals("br")) {
            buffer.append('\n');
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
            kinds.push(kindOf(name, cssClass));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        boolean skip = !skipping.isEmpty() && skipping.pop();
        if (skip) {
            skipDepth--;
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
            if (!kinds.isEmpty()) {
                kinds.pop();
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        written += length;
        if (written > writeLimit) {
            limitReached = true;
            throw new TooMuchText(writeLimit);
        }
        buffer.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            buffer.append(' ');
        }
    }

    @Override
    public void endDocument() {
        flush();
        flushPdfLines();
    }

    /**
     * Tika emits many PDFs (those converted from HWP in particular) as one {@code <p>} per
     * printed line. A line that is about as long as the longest lines and does not end a sentence
     * was wrapped, so it is joined with the next one; page numbers are dropped.
     */
    private void flushPdfLines() {
        if (pdfLines.isEmpty()) {
            return;
        }
        int[] lengths = pdfLines.stream().mapToInt(String::length).sorted().toArray();
        int typical = lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
        StringBuilder paragraph = new StringBuilder();
        for (String line : pdfLines) {
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
            boolean wraps = line.length() >= typical * FULL_LINE && !BlockRules.endsSentence(line)
                    && !BlockRules.isByline(line) && !BlockRules.isCredit(line);
            if (!wraps) {
                draft.addParagraph(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            draft.addParagraph(paragraph.toString());
        }
        pdfLines.clear();
    }

    private BlockKind kindOf(String name, String cssClass) {
        BlockKind enclosing = kinds.peek();
        if (enclosing == BlockKind.TABLE_CELL || enclosing == BlockKind.QUOTE || enclosing == BlockKind.LIST_ITEM) {
            return enclosing;
        }
        return switch (name) {
            // Tika writes Word's "Title" style as <h1 class="title"> and "Subtitle" as <h2 class="subtitle">.
            case "h1" -> "title".equals(cssClass) || !anyText && !draft.hasTitle() ? BlockKind.TITLE : BlockKind.HEADING;
            case "h2", "h3", "h4", "h5", "h6" -> "subtitle".equals(cssClass) ? BlockKind.SUBTITLE : BlockKind.HEADING;
            case "li" -> BlockKind.LIST_ITEM;
            case "td", "th" -> BlockKind.TABLE_CELL;
            case "blockquote" -> BlockKind.QUOTE;
            default -> cssClass == null ? BlockKind.PARAGRAPH : switch (cssClass) {
                case "title" -> BlockKind.TITLE;
                case "subtitle" -> BlockKind.SUBTITLE;
                case "caption" -> BlockKind.CAPTION;
                case "byline" -> BlockKind.BYLINE;
                case "credit" -> BlockKind.CREDIT;
                default -> BlockKind.PARAGRAPH;
            };
        };
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        String text = buffer.toString();
        buffer.setLength(0);
        if (text.isBlank()) {
            return;
        }
        BlockKind kind = kinds.isEmpty() ? BlockKind.PARAGRAPH : kinds.peek();
        if (kind == BlockKind.TITLE && draft.hasTitle()) {
            kind = BlockKind.HEADING;
        }
        if (kind == BlockKind.PARAGRAPH && pdf()) {
            for (String line : text.split("\\R")) {
                String normalized = KoreanText.normalize(line);
                if (!normalized.isEmpty() && !PAGE_NUMBER.matcher(normalized).matches()) {
                    pdfLines.add(normalized);
                }
            }
        } else if (kind == BlockKind.PARAGRAPH) {
            flushPdfLines();
            if (text.indexOf('\n') >= 0) {
                // line breaks inside a paragraph (Word's Shift+Enter, a pasted web page's <br>)
                PlainTextParser.paragraphs(text).forEach(draft::addParagraph);
            } else {
                draft.addParagraph(text);
            }
        } else if (kind == BlockKind.CAPTION) {
            flushPdfLines();
            draft.addCaption(text);
        } else {
            flushPdfLines();
            draft.add(kind, text);
        }
        anyText = true;
    }
}
