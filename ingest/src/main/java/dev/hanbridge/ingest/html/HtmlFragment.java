package dev.hanbridge.ingest.html;

import dev.hanbridge.ingest.text.ArticleXhtml;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.SAXException;

/**
 * A fragment of article HTML (a feed item's {@code content:encoded}) written as blocks the way a news
 * page's article element is: paragraphs at {@code <p>} and {@code <br>}, captions, lists, quotes,
 * headings; scripts, styles and embedded frames left out.
 */
public final class HtmlFragment {

    private HtmlFragment() {
    }

    public static void write(String html, ArticleXhtml out) throws SAXException {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, template, iframe, object, embed, svg, form, button").remove();
        ArticleWalker walker = new ArticleWalker(out, null);
        walker.walk(doc.body(), null);
        walker.flush(null);
    }
}
