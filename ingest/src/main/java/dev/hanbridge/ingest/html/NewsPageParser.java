package dev.hanbridge.ingest.html;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;
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
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the article from a news web page. The article container is found by the markup news
 * sites use ({@code itemprop=articleBody}, {@code <article>}, common body ids), else by the
 * element holding the most paragraph text with the fewest links; inside it, lists and boxes that
 * are mostly links (related articles, tag clouds) are dropped. The page is decoded by our
 * {@code TextDecoder} (declared charset, then strict UTF-8, then CP949), not by Tika's detector.
 */
public final class NewsPageParser extends ArticleParser {

    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav", "footer", "aside",
            "menu", "dialog", "link", "meta");
    /** Class and id words of page furniture on Korean and international news sites. */
    private static final Pattern JUNK_NAME = Pattern.compile("(?i)(?:^|[-_\\s])(?:nav|navi|navigation|gnb|lnb|snb|menu"
            + "|footer|foot|sidebar|side|aside|related|relation|relate|recommend|popular|ranking|rank|most|hot|banner"
            + "|ad|ads|advert|advertisement|sponsor|share|sharing|sns|social|comment|comments|reply|breadcrumb"
            + "|tag|tags|subscribe|newsletter|copyright|login|search|util|toolbar|topbar|promo|more|prev|next"
            + "|pagination|byline_sns|reporter_more|journalist_more)(?:[-_\\s]|$)");
    private static final String ROOT_SELECTORS = "[itemprop=articleBody], #articleBody, #article_body, #articeBody,"
            + " #newsct_article, #dic_area, #news_body_area, #newsEndContents, #article-view-content-div,"
            + " [data-translation-body], .article_view, .article-view-content, .article_body, .article-body,"
            + " .articleBody, .story-news, .news_body, .news-body, .story-body, .article_txt, .entry-content";
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|<|·|:)\\s+");

    public NewsPageParser() {
        super("text/html", "application/xhtml+xml");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, UnreadableContentException {
        DecodedText decoded = readText(stream, context);
        Document doc = Jsoup.parse(decoded.text());
        String title = pageTitle(doc);
        String section = PageHeader.section(doc);
        String byline = PageHeader.byline(doc);
        Instant published = PageHeader.published(doc);

        doc.select(String.join(",", JUNK_TAGS)).remove();
        doc.select("[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true],"
                + " [hidden]").remove();
        Element root = findRoot(doc);
        removeFurniture(root);

        metadata.set(Metadata.CONTENT_TYPE, "text/html");
        metadata.set(Metadata.CONTENT_ENCODING, decoded.charset());
        if (title != null) {
            metadata.set(TikaCoreProperties.TITLE, title);
        }
        if (byline != null) {
            metadata.set(TikaCoreProperties.CREATOR, byline);
        }
        if (section != null) {
            metadata.set(ArticleXhtml.SECTION, section);
        }
        if (published != null) {
            metadata.set(ArticleXhtml.PUBLISHED, published.toString());
        }
        ArticleXhtml out = new ArticleXhtml(handler, metadata);
        out.start();
        ArticleWalker walker = new ArticleWalker(out, title);
        if (title != null && !holdsHeading(root, title)) {
            out.block(BlockKind.TITLE, title);
            // the deck printed under a headline that stands outside the article element
            for (Element deck : PageHeader.decks(doc, root)) {
                walker.writeDeck(deck);
            }
        }
        walker.walk(root, null);
        walker.flush(null);
        out.end();
        if (out.blocks() == 0) {
            throw noText();
        }
    }

    private static String pageTitle(Document doc) {
        String siteName = PageHeader.meta(doc, "meta[property=og:site_name]");
        String og = PageHeader.meta(doc, "meta[property=og:title]");
        if (og != null) {
            return stripSite(og, siteName);
        }
        Element h1 = doc.selectFirst("article h1, h1, .media_end_head_headline, .tit_view, h2.headline, .article-title");
        if (h1 != null && !h1.text().isBlank()) {
            return KoreanText.normalize(h1.text());
        }
        String title = doc.title();
        return title.isBlank() ? null : stripSite(title, siteName);
    }

    /** {@code "제목 | 한빛일보"} and {@code "제목 - 한빛일보"} lose the site name; a long last part is kept (it is the title's own). */
    static String stripSite(String title, String siteName) {
        String t = KoreanText.normalize(title);
        if (siteName != null && !siteName.isBlank()) {
            String site = KoreanText.normalize(siteName);
            var m = Pattern.compile("\\s*(?:\\||-|–|—|::|<|:)\\s*" + Pattern.quote(site) + "$").matcher(t);
            if (m.find() && m.start() > 0) {
                return t.substring(0, m.start());
            }
        }
        var m = TITLE_SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0 && t.length() - lastEnd <= 20 && lastStart >= 5) {
            return t.substring(0, lastStart);
        }
        return t;
    }

    private static Element findRoot(Document doc) {
        Element body = doc.body();
        Element marked = body.selectFirst(ROOT_SELECTORS);
        if (marked != null) {
            return marked;
        }
        Elements articles = body.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(NewsPageParser::paragraphText)).orElseThrow();
        }
        Element main = body.selectFirst("main, [role=main]");
        Element scope = main != null ? main : body;
        Element best = scope;
        double bestScore = 0;
        for (Element candidate : scope.select("div, section, td")) {
            if (isFurniture(candidate)) {
                continue;
            }
            double score = ownText(candidate) * (1 - linkDensity(candidate));
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** Text directly in the element's paragraphs, line breaks and text nodes: where an article body's words live. */
    private static int ownText(Element element) {
        int length = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                length += t.text().trim().length();
            } else if (child instanceof Element e && (e.normalName().equals("p") || e.normalName().equals("br")
                    || e.normalName().equals("span") || e.normalName().equals("b") || e.normalName().equals("strong"))) {
                length += e.text().length();
            }
        }
        return length;
    }

    private static int paragraphText(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum() + ownText(element);
    }

    private static void removeFurniture(Element root) {
        for (Element e : root.select("*")) {
            if (e != root && e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
    }

    private static boolean isFurniture(Element e) {
        String names = e.className() + " " + e.id();
        return !names.isBlank() && JUNK_NAME.matcher(names).find();
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) linked / total);
    }

    /** The article element has a heading (h1, or the page title's text in any heading) that will be its title. */
    private static boolean holdsHeading(Element root, String title) {
        if (root.selectFirst("h1") != null) {
            return true;
        }
        for (Element heading : root.select("h2, h3, h4, .headline, .tit_view, .media_end_head_headline")) {
            if (KoreanText.normalize(heading.text()).equals(title)) {
                return true;
            }
        }
        return false;
    }
}
