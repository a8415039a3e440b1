package dev.hanbridge.ingest.html;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.text.ArticleXhtml;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.xml.sax.SAXException;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks a news page's article element in document order and writes its blocks: headings, quotes,
 * list items, table cells and captions by their tags, photo captions and headline decks also by the
 * class names portals and newspaper sites give them ({@code em.img_desc}, {@code figcaption.txt_caption},
 * {@code strong.media_end_summary}, {@code h2.subtitle}), running text between block tags as
 * paragraphs; boxes of mostly links are left out.
 */
final class ArticleWalker {

    private static final Set<String> BLOCK_TAGS = Set.of("div", "section", "article", "main", "header", "figure", "p",
            "table", "tbody", "thead", "tr", "ul", "ol", "dl", "dt", "dd", "center", "address", "hr");

    /** Class names of photo captions: Naver's {@code img_desc}, Daum's {@code txt_caption}, {@code caption}, … */
    private static final Pattern CAPTION_CLASS = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:img_desc|caption|txt_caption|photo_desc|photo-desc|img_caption|pic_desc|photo_txt|desc_img"
            + "|photo-caption|image-caption)(?:[-_\\s]|$)");
    /** Class names of headline decks: Naver's {@code media_end_summary}, {@code subtitle}, {@code sub_title}, … */
    static final Pattern DECK_CLASS = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:media_end_summary|subtitle|sub_title|sub-title|subhead|subheading|sub_heading|deck|article-summary"
            + "|article_summary|sub_tit|summary_title|summary)(?:[-_\\s]|$)");

    private final ArticleXhtml draft;
    private final String pageTitle;
    private final StringBuilder buffer = new StringBuilder();
    private boolean titleSeen;

    /** @param pageTitle the page's title (null if none): a heading that repeats it is the article's title */
    ArticleWalker(ArticleXhtml draft, String pageTitle) {
        this.draft = draft;
        this.pageTitle = pageTitle;
    }

    void walk(Element element, BlockKind context) throws SAXException {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                buffer.append(text.getWholeText());
            } else if (node instanceof Element e) {
                visit(e, context);
            }
        }
        if (element.parent() == null || BLOCK_TAGS.contains(element.normalName())) {
            flush(context);
        }
    }

    private void visit(Element e, BlockKind context) throws SAXException {
        String tag = e.normalName();
        String names = e.className();
        if (!names.isEmpty() && context != BlockKind.QUOTE && !tag.equals("h1")) {
            if (CAPTION_CLASS.matcher(names).find()) {
                flush(context);
                draft.caption(KoreanText.normalize(e.text()));
                return;
            }
            if (DECK_CLASS.matcher(names).find()) {
                flush(context);
                writeDeck(e);
                return;
            }
        }
        switch (tag) {
            case "br" -> flush(context);
            case "img", "picture", "video", "audio", "source" -> { }
            case "h1" -> {
                flush(context);
                add(titleSeen ? BlockKind.HEADING : BlockKind.TITLE, e.text());
                titleSeen = true;
            }
            case "h2", "h3", "h4", "h5", "h6" -> {
                flush(context);
                String text = KoreanText.normalize(e.text());
                if (!titleSeen && text.equals(pageTitle)) {
                    add(BlockKind.TITLE, text);
                    titleSeen = true;
                } else {
                    String idAndClass = (e.className() + " " + e.id()).toLowerCase();
                    boolean deck = idAndClass.contains("sub") || idAndClass.contains("deck")
                            || idAndClass.contains("summary");
                    add(deck ? BlockKind.SUBTITLE : BlockKind.HEADING, text);
                }
            }
            case "blockquote" -> {
                flush(context);
                walk(e, BlockKind.QUOTE);
                flush(BlockKind.QUOTE);
            }
            case "ul", "ol" -> {
                flush(context);
                if (!isLinkList(e)) {
                    walk(e, context);
                }
            }
            case "li" -> {
                flush(context);
                add(BlockKind.LIST_ITEM, e.text());
            }
            case "td", "th" -> {
                flush(context);
                add(BlockKind.TABLE_CELL, e.text());
            }
            case "figcaption" -> {
                flush(context);
                draft.caption(KoreanText.normalize(e.text()));
            }
            case "p" -> {
                flush(context);
                if (!(e.select("a").size() > 0 && NewsPageParser.linkDensity(e) > 0.8)) {
                    walk(e, context);
                    flush(context);
                }
            }
            default -> {
                if (BLOCK_TAGS.contains(tag)) {
                    flush(context);
                    if (!isLinkList(e)) {
                        walk(e, context);
                    }
                    flush(context);
                } else {
                    walk(e, context);
                }
            }
        }
    }

    /** A box of mostly links (related articles, "more from this reporter") is not article text. */
    private static boolean isLinkList(Element e) {
        return e.select("a").size() >= 2 && NewsPageParser.linkDensity(e) > 0.5;
    }

    /** A deck element: each line (between {@code <br>}s or child blocks) is one SUBTITLE. */
    void writeDeck(Element deck) throws SAXException {
        StringBuilder line = new StringBuilder();
        for (Node node : deck.childNodes()) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
            } else if (node instanceof Element child && (child.normalName().equals("br") || BLOCK_TAGS.contains(child.normalName()))) {
                add(BlockKind.SUBTITLE, KoreanText.normalize(line.toString()));
                line.setLength(0);
                if (!child.normalName().equals("br")) {
                    add(BlockKind.SUBTITLE, KoreanText.normalize(child.text()));
                }
            } else if (node instanceof Element child) {
                line.append(child.text());
            }
        }
        add(BlockKind.SUBTITLE, KoreanText.normalize(line.toString()));
    }

    private void add(BlockKind kind, String text) throws SAXException {
        draft.block(kind, text);
    }

    void flush(BlockKind context) throws SAXException {
        String text = KoreanText.normalize(buffer.toString());
        buffer.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (context == BlockKind.QUOTE) {
            draft.block(BlockKind.QUOTE, text);
        } else {
            draft.paragraph(text);
        }
    }
}
