package dev.hanbridge.ingest.feed;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.text.DecodedText;
import dev.hanbridge.ingest.text.NotTextException;
import dev.hanbridge.ingest.text.TextDecoder;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads RSS (2.0, 0.9x, 1.0/RDF) and Atom feeds. Lenient like a feed reader: jsoup's XML parser,
 * so an unescaped {@code &} or a stray tag does not lose the feed; CDATA and entities come out as text.
 */
public final class FeedReader {

    /** The root element of a feed, after the XML declaration, comments, processing instructions and a doctype. */
    private static final Pattern ROOT = Pattern.compile(
            "^(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[A-Za-z_][\\w.-]*:)?(rss|feed|RDF)[\\s>/]", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[A-Za-z/!][^>]*>");

    private FeedReader() {
    }

    /** The bytes start like a feed: RSS's {@code <rss>}, Atom's {@code <feed>} or RSS 1.0's {@code <rdf:RDF>}. */
    public static boolean isFeed(byte[] head) {
        String text;
        try {
            text = TextDecoder.decode(head).text();
        } catch (NotTextException e) {
            // a head cut inside a multi-byte character: the markup before it is ASCII anyway
            text = new String(head, StandardCharsets.ISO_8859_1);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return ROOT.matcher(text).find();
    }

    /** The feed in the decoded text; a document that is no feed has no items. */
    public static Feed read(DecodedText decoded) {
        Document doc = Jsoup.parse(decoded.text(), "", Parser.xmlParser());
        Element channel = doc.selectFirst("rss > channel, feed, rdf|RDF > channel, RDF > channel");
        String title = channel == null ? null : text(channel.selectFirst("> title"));
        List<FeedItem> items = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Element e : doc.select("item, entry")) {
            FeedItem item = item(e);
            // two items with one link would be one source twice: the first wins, as in a reader
            if (keys.add(item.key())) {
                items.add(item);
            }
        }
        return new Feed(title, items);
    }

    private static FeedItem item(Element e) {
        String title = text(e.selectFirst("> title"));
        String link = link(e);
        String guid = firstNonNull(text(e.selectFirst("> guid")), text(e.selectFirst("> id")));
        String published = firstNonNull(text(e.selectFirst("> pubDate")), text(e.selectFirst("> published")),
                text(e.selectFirst("> dc|date")), text(e.selectFirst("> updated")));
        String author = firstNonNull(text(e.selectFirst("> dc|creator")), text(e.selectFirst("> author > name")),
                text(e.selectFirst("> author")));
        String category = firstNonNull(text(e.selectFirst("> category")), attr(e.selectFirst("> category"), "term"),
                text(e.selectFirst("> dc|subject")));
        Element full = firstElement(e.selectFirst("> content|encoded"), e.selectFirst("> encoded"), e.selectFirst("> content"));
        Element body = full != null && !full.text().isBlank() ? full
                : firstElement(e.selectFirst("> description"), e.selectFirst("> summary"));
        String content = null;
        boolean html = false;
        if (body != null) {
            String type = body.attr("type").toLowerCase(Locale.ROOT);
            if (type.equals("xhtml")) {
                // Atom inline XHTML: the markup is the element's children, not escaped text
                content = body.html();
                html = true;
            } else {
                content = body.wholeText().strip();
                html = !type.equals("text") && TAG.matcher(content).find();
            }
        }
        String key = firstNonNull(link, guid);
        if (key == null) {
            key = "item-" + shortHash((title == null ? "" : title) + "\n" + (content == null ? "" : content));
        }
        return new FeedItem(key, title, link, published, author, category, content, html);
    }

    /** RSS {@code <link>text</link>}, Atom {@code <link rel="alternate" href="…"/>} (the first without rel counts too). */
    private static String link(Element e) {
        for (Element link : e.select("> link")) {
            String href = link.attr("href").trim();
            String rel = link.attr("rel");
            if (!href.isEmpty() && (rel.isEmpty() || rel.equals("alternate"))) {
                return href;
            }
            if (href.isEmpty() && !link.text().isBlank()) {
                return link.text().trim();
            }
        }
        return null;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = KoreanText.normalize(e.text());
        return t.isEmpty() ? null : t;
    }

    private static String attr(Element e, String name) {
        return e == null || e.attr(name).isBlank() ? null : e.attr(name).trim();
    }

    private static Element firstElement(Element... elements) {
        for (Element e : elements) {
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String shortHash(String text) {
        return HexFormat.of().formatHex(KoreanText.sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    /** Text without markup, for telling whether an item is Korean. */
    static String plain(FeedItem item) {
        String content = item.content() == null ? "" : item.content();
        if (item.html()) {
            content = Jsoup.parse(content).text();
        }
        return (item.title() == null ? "" : item.title()) + " " + content;
    }
}
