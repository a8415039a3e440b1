package dev.hanbridge.ingest.html;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.text.ArticleXhtml;
import dev.hanbridge.ingest.text.BlockRules;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.xml.sax.SAXException;

import java.util.Set;

/**
 * Walks a news page's article element in document order and writes its blocks: headings, quotes,
 * list items, table cells and captions by their tags, running text between block tags as
 * paragraphs; boxes of mostly links and time stamps are left out.
 */
final class ArticleWalker {

    private static final Set<String> BLOCK_TAGS = Set.of("div", "section", "article", "main", "header", "figure", "p",
            "table", "tbody", "thead", "tr", "ul", "ol", "dl", "dt", "dd", "center", "address", "hr");

    private final ArticleXhtml draft;
    private final StringBuilder buffer = new StringBuilder();
    private boolean titleSeen;

    ArticleWalker(ArticleXhtml draft) {
        this.draft = draft;
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
                String names = (e.className() + " " + e.id()).toLowerCase();
                boolean deck = names.contains("sub") || names.contains("deck") || names.contains("summary");
                add(deck ? BlockKind.SUBTITLE : BlockKind.HEADING, e.text());
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

    private void add(BlockKind kind, String text) throws SAXException {
        draft.block(kind, text);
    }

    void flush(BlockKind context) throws SAXException {
        String text = KoreanText.normalize(buffer.toString());
        buffer.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (BlockRules.isTimeStamp(text)) {
            return;
        }
        if (context == BlockKind.QUOTE) {
            draft.block(BlockKind.QUOTE, text);
        } else {
            draft.paragraph(text);
        }
    }
}
