package dev.hanbridge.ingest.text;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Structure of a plain-text article as news sites' pages are saved or copied: section labels
 * above the headline ({@code IT}) are written for the draft to take out, the first line after them
 * is the title, and every other line is a block of its own, except lines cut by wrapping at a fixed
 * width, which are joined up to the end of their paragraph ({@link LineWraps}). Lines holding only
 * spaces or no-break spaces are blank lines. Deck, byline, time stamps, captions and credits are
 * told apart downstream, the same way for every format.
 *
 * <p>The parser for {@code text/plain} and, through Tika's type hierarchy, every text type no
 * other parser claims (Markdown, logs); the charset is decided by {@link TextDecoder}, not by
 * Tika's detector, which misreads short Korean texts.
 */
public final class PlainTextParser extends ArticleParser {

    /** A first line longer than this is running text, not a headline. */
    private static final int MAX_TITLE_LENGTH = 150;

    public PlainTextParser() {
        super("text/plain");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, UnreadableContentException {
        DecodedText decoded = readText(stream, context);
        metadata.set(Metadata.CONTENT_TYPE, "text/plain");
        metadata.set(Metadata.CONTENT_ENCODING, decoded.charset());
        ArticleXhtml out = new ArticleXhtml(handler, metadata);
        out.start();
        write(decoded.text(), out);
        out.end();
        if (out.blocks() == 0) {
            throw noText();
        }
    }

    static void write(String text, ArticleXhtml draft) throws SAXException {
        List<String> lines = text.lines().map(PlainTextParser::strip).toList();
        int i = nextLine(lines, 0);
        if (i == lines.size()) {
            return;
        }
        while (SectionLabels.label(lines.get(i)) != null && nextLine(lines, i + 1) < lines.size()) {
            draft.paragraph(lines.get(i));
            i = nextLine(lines, i + 1);
        }
        if (isHeadline(lines.get(i))) {
            draft.block(BlockKind.TITLE, lines.get(i++));
        }
        LineWraps wraps = new LineWraps(lines, i);
        StringBuilder paragraph = new StringBuilder();
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                flush(draft, paragraph);
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
            if (!wraps.joinsNext(i)) {
                flush(draft, paragraph);
            }
        }
        flush(draft, paragraph);
    }

    /**
     * The paragraphs of a block of text whose lines a document broke by hand (a Word paragraph
     * with line breaks, as pasting a web page into Word leaves it): every line is a paragraph of
     * its own unless it was cut by wrapping, and blank lines only separate.
     */
    public static List<String> paragraphs(String text) {
        List<String> lines = text.lines().map(PlainTextParser::strip).toList();
        LineWraps wraps = new LineWraps(lines, 0);
        List<String> paragraphs = new java.util.ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty()) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
            }
            if (paragraph.length() > 0 && (line.isEmpty() || !wraps.joinsNext(i))) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        return paragraphs;
    }

    private static boolean isHeadline(String line) {
        return line.length() <= MAX_TITLE_LENGTH && !BlockRules.isByline(line) && !BlockRules.isCredit(line)
                && !BlockRules.isTimeStamp(line) && !BlockRules.opensWithLead(line);
    }

    private static int nextLine(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }

    private static void flush(ArticleXhtml draft, StringBuilder paragraph) throws SAXException {
        if (paragraph.length() > 0) {
            draft.paragraph(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && KoreanText.isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && KoreanText.isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }
}
