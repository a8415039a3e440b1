package dev.hanbridge.ingest.html;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.ingest.ExtractedArticle;
import dev.hanbridge.ingest.text.ArticleDraft;
import dev.hanbridge.ingest.text.Dates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.time.Instant;

/**
 * XML that was decoded by us rather than by an XML parser: Korean RSS feeds declare
 * {@code encoding="euc-kr"} over CP949 bytes, which a strict XML parser rejects. A feed becomes
 * one article: its channel title, then each item's title (HEADING) and description.
 */
public final class XmlDocumentParser {

    private XmlDocumentParser() {
    }

    public static ExtractedArticle parse(String xml, String charset, String sourceName) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        ArticleDraft draft = new ArticleDraft();
        Element channel = doc.selectFirst("rss > channel, feed, rdf|RDF > channel");
        if (channel != null) {
            Element title = channel.selectFirst("> title");
            if (title != null) {
                draft.add(BlockKind.TITLE, title.text());
            }
            Instant published = null;
            for (Element item : doc.select("item, entry")) {
                Element itemTitle = item.selectFirst("> title");
                if (itemTitle != null) {
                    draft.add(BlockKind.HEADING, itemTitle.text());
                }
                Element description = item.selectFirst("> description, > summary, > content");
                if (description != null) {
                    // Feed descriptions hold escaped HTML.
                    draft.addParagraph(Jsoup.parse(description.text()).text());
                }
                if (published == null) {
                    Element date = item.selectFirst("> pubDate, > published, > updated, > dc|date");
                    published = date != null ? Dates.parse(date.text()) : null;
                }
            }
            return draft.finish(null, null, published, "application/rss+xml", charset, sourceName);
        }
        for (Element e : doc.getAllElements()) {
            if (e.children().isEmpty() && !e.text().isBlank()) {
                draft.addParagraph(e.text());
            }
        }
        return draft.finish(null, null, null, "application/xml", charset, sourceName);
    }
}
