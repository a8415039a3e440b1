package dev.hanbridge.ingest.feed;

import java.nio.charset.StandardCharsets;

/**
 * One feed item as a document of its own: an RSS 2.0 document in UTF-8 with a channel holding just
 * that item, written the same way every time from the same item. Its bytes are what a feed item
 * source reads, so their SHA-256 is the item's content hash: an unchanged item in a re-fetched feed
 * has the same one whatever else changed in the feed (its build date, other items, their order).
 */
public final class FeedItemDocument {

    /** What the item documents are named for Tika, which reads them as RSS. */
    public static final String RESOURCE_NAME = "feed-item.rss";

    private FeedItemDocument() {
    }

    public static byte[] of(FeedItem item) {
        StringBuilder xml = new StringBuilder(256 + (item.content() == null ? 0 : item.content().length()));
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<item>\n");
        element(xml, "title", item.title());
        element(xml, "link", item.link());
        element(xml, "guid", item.link() == null ? item.key() : null);
        element(xml, "pubDate", item.published());
        element(xml, "dc:creator", item.author());
        element(xml, "category", item.category());
        element(xml, item.html() ? "content:encoded" : "description", item.content());
        xml.append("</item>\n</channel>\n</rss>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder xml, String name, String text) {
        if (text == null) {
            return;
        }
        xml.append('<').append(name).append('>');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                default -> {
                    // characters XML 1.0 does not allow (control characters a feed let through) are dropped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        xml.append(c);
                    }
                }
            }
        }
        xml.append("</").append(name).append(">\n");
    }
}
