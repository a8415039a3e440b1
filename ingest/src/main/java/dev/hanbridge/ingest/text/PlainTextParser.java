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
 * Structure of a plain-text article: the first non-empty line is the title, short unpunctuated
 * lines right after it are the headline deck, and the rest are paragraphs.
 *
 * <p>News saved as text usually has one paragraph per line. Text wrapped at a fixed width (lines
 * that stop mid-sentence) is recognised and its lines are joined up to the next blank line.
 *
 * <p>The parser for {@code text/plain} and, through Tika's type hierarchy, every text type no
 * other parser claims (Markdown, logs); the charset is decided by {@link TextDecoder}, not by
 * Tika's detector, which misreads short Korean texts.
 */
public final class PlainTextParser extends ArticleParser {

    /** Hard-wrapped text has lines of about this length that do not end a sentence. */
    private static final int WRAP_MIN_LENGTH = 40;

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
        int i = 0;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        if (i == lines.size()) {
            return;
        }
        draft.block(BlockKind.TITLE, lines.get(i++));
        // The deck follows the title directly, with no blank line between.
        int j = i;
        int deck = 0;
        while (j < lines.size() && deck < 3 && isDeckLine(lines, j)) {
            draft.block(BlockKind.SUBTITLE, lines.get(j++));
            deck++;
        }
        if (deck > 0) {
            i = j;
        }
        boolean wrapped = isHardWrapped(lines, i);
        StringBuilder paragraph = new StringBuilder();
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                flush(draft, paragraph);
                continue;
            }
            boolean standsAlone = BlockRules.isByline(line) || BlockRules.isCredit(line);
            if (!wrapped || standsAlone) {
                flush(draft, paragraph);
                draft.paragraph(line);
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
            if (BlockRules.endsSentence(line) && line.length() < WRAP_MIN_LENGTH) {
                // A short line that ends a sentence is the end of a wrapped paragraph.
                flush(draft, paragraph);
            }
        }
        flush(draft, paragraph);
    }

    private static boolean isDeckLine(List<String> lines, int index) {
        String line = lines.get(index);
        boolean nextIsText = index + 1 < lines.size();
        return !line.isEmpty() && line.length() <= 60 && BlockRules.looksLikeHeadline(line) && nextIsText;
    }

    /** Two consecutive non-empty lines where the first is long and stops mid-sentence, at least twice. */
    private static boolean isHardWrapped(List<String> lines, int from) {
        int wraps = 0;
        for (int i = from; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() >= WRAP_MIN_LENGTH && !BlockRules.endsSentence(line) && !lines.get(i + 1).isEmpty()) {
                wraps++;
            }
        }
        return wraps >= 2;
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
