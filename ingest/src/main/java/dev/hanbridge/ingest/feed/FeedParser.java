package dev.hanbridge.ingest.feed;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.ingest.html.HtmlFragment;
import dev.hanbridge.ingest.text.ArticleParser;
import dev.hanbridge.ingest.text.ArticleXhtml;
import dev.hanbridge.ingest.text.Dates;
import dev.hanbridge.ingest.text.DecodedText;
import dev.hanbridge.ingest.text.PlainTextParser;
import dev.hanbridge.ingest.text.SectionLabels;
import dev.hanbridge.ingest.text.UnreadableContentException;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;

/**
 * XML documents, feeds first. A feed of one item (what the source walk makes of every item of a
 * feed, see {@link FeedItemDocument}) is that item's article: its title, the item's text cleaned of
 * markup into paragraphs, its author as byline, its date as the published time, its category as the
 * section when it names one; an item that is not Korean is refused with the reason. A feed of many
 * items read as one document ({@code hanbridge segment feed.xml}) lists them under the feed's title.
 * Other XML gives the text of its leaf elements.
 */
public final class FeedParser extends ArticleParser {

    /** Below this share of Hangul among its letters, an item is not a Korean article. */
    private static final double MIN_HANGUL_SHARE = 0.1;

    public FeedParser() {
        super("application/xml", "application/rss+xml", "application/atom+xml");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, UnreadableContentException {
        DecodedText decoded = readText(stream, context);
        metadata.set(Metadata.CONTENT_ENCODING, decoded.charset());
        if (!FeedReader.isFeed(head(decoded.text()))) {
            metadata.set(Metadata.CONTENT_TYPE, "application/xml");
            writeLeaves(decoded.text(), handler, metadata);
            return;
        }
        metadata.set(Metadata.CONTENT_TYPE, "application/rss+xml");
        Feed feed = FeedReader.read(decoded);
        if (feed.items().size() == 1) {
            writeItem(feed.items().get(0), handler, metadata);
        } else {
            writeFeed(feed, handler, metadata);
        }
    }

    private static void writeItem(FeedItem item, ContentHandler handler, Metadata metadata)
            throws SAXException, UnreadableContentException {
        double hangul = hangulShare(FeedReader.plain(item));
        if (hangul < MIN_HANGUL_SHARE) {
            throw new UnreadableContentException(String.format(Locale.ROOT, "the feed item is not in Korean (%d%% of its"
                    + " letters are Hangul); hanbridge translates Korean articles, so it is skipped", Math.round(hangul * 100)));
        }
        if (item.title() != null) {
            metadata.set(TikaCoreProperties.TITLE, item.title());
        }
        if (item.author() != null) {
            metadata.set(TikaCoreProperties.CREATOR, item.author());
        }
        String section = item.category() == null ? null : SectionLabels.label(item.category());
        if (section != null) {
            metadata.set(ArticleXhtml.SECTION, section);
        }
        Instant published = item.published() == null ? null : Dates.parse(item.published());
        if (published != null) {
            metadata.set(ArticleXhtml.PUBLISHED, published.toString());
        }
        ArticleXhtml out = new ArticleXhtml(handler, metadata);
        out.start();
        out.block(BlockKind.TITLE, item.title());
        writeContent(item, out);
        out.end();
        if (out.blocks() == 0) {
            throw noText();
        }
    }

    private static void writeFeed(Feed feed, ContentHandler handler, Metadata metadata)
            throws SAXException, UnreadableContentException {
        ArticleXhtml out = new ArticleXhtml(handler, metadata);
        out.start();
        out.block(BlockKind.TITLE, feed.title());
        for (FeedItem item : feed.items()) {
            out.block(BlockKind.HEADING, item.title());
            writeContent(item, out);
        }
        out.end();
        if (out.blocks() == 0) {
            throw noText();
        }
    }

    private static void writeContent(FeedItem item, ArticleXhtml out) throws SAXException {
        if (item.content() == null) {
            return;
        }
        if (item.html()) {
            HtmlFragment.write(item.content(), out);
        } else {
            for (String paragraph : PlainTextParser.paragraphs(item.content())) {
                out.paragraph(paragraph);
            }
        }
    }

    private static void writeLeaves(String text, ContentHandler handler, Metadata metadata)
            throws SAXException, UnreadableContentException {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        ArticleXhtml out = new ArticleXhtml(handler, metadata);
        out.start();
        for (Element e : doc.getAllElements()) {
            if (e.children().isEmpty() && !e.text().isBlank()) {
                out.paragraph(e.text());
            }
        }
        out.end();
        if (out.blocks() == 0) {
            throw noText();
        }
    }

    private static byte[] head(String text) {
        return text.substring(0, Math.min(text.length(), 2048)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static double hangulShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long hangul = text.codePoints().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
        return letters == 0 ? 0 : (double) hangul / letters;
    }
}
