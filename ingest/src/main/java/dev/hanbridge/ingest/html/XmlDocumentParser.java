package dev.hanbridge.ingest.html;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.ingest.text.ArticleParser;
import dev.hanbridge.ingest.text.ArticleXhtml;
import dev.hanbridge.ingest.text.Dates;
import dev.hanbridge.ingest.text.DecodedText;
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
import java.util.Date;

/**
 * XML decoded by us rather than by an XML parser: Korean RSS feeds declare
 * {@code encoding="euc-kr"} over CP949 bytes, which a strict XML parser rejects. A feed becomes
 * one article: its channel title, then each item's title (HEADING) and description.
 */
public final class XmlDocumentParser extends ArticleParser {

    public XmlDocumentParser() {
        super("application/xml", "application/rss+xml", "application/atom+xml");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, UnreadableContentException {
        DecodedText decoded = readText(stream, context);
        Document doc = Jsoup.parse(decoded.text(), "", Parser.xmlParser());
        Element channel = doc.selectFirst("rss > channel, feed, rdf|RDF > channel");
        metadata.set(Metadata.CONTENT_TYPE, channel != null ? "application/rss+xml" : "application/xml");
        metadata.set(Metadata.CONTENT_ENCODING, decoded.charset());
        ArticleXhtml out = new ArticleXhtml(handler, metadata);
        out.start();
        if (channel != null) {
            Instant published = writeFeed(doc, channel, out);
            if (published != null) {
                metadata.set(TikaCoreProperties.CREATED, Date.from(published));
            }
        } else {
            for (Element e : doc.getAllElements()) {
                if (e.children().isEmpty() && !e.text().isBlank()) {
                    out.paragraph(e.text());
                }
            }
        }
        out.end();
        if (out.blocks() == 0) {
            throw noText();
        }
    }

    /** Writes the feed's blocks; returns the first item's date. */
    private static Instant writeFeed(Document doc, Element channel, ArticleXhtml out) throws SAXException {
        Element title = channel.selectFirst("> title");
        if (title != null) {
            out.block(BlockKind.TITLE, title.text());
        }
        Instant published = null;
        for (Element item : doc.select("item, entry")) {
            Element itemTitle = item.selectFirst("> title");
            if (itemTitle != null) {
                out.block(BlockKind.HEADING, itemTitle.text());
            }
            Element description = item.selectFirst("> description, > summary, > content");
            if (description != null) {
                // Feed descriptions hold escaped HTML.
                out.paragraph(Jsoup.parse(description.text()).text());
            }
            if (published == null) {
                Element date = item.selectFirst("> pubDate, > published, > updated, > dc|date");
                published = date != null ? Dates.parse(date.text()) : null;
            }
        }
        return published;
    }
}
