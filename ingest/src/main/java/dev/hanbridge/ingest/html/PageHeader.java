package dev.hanbridge.ingest.html;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.text.BlockRules;
import dev.hanbridge.ingest.text.Dates;
import dev.hanbridge.ingest.text.PrintedTime;
import dev.hanbridge.ingest.text.SectionLabels;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a news page says about its article outside the article's text, read from the whole page
 * before the article element is singled out: its section, byline and published time, from the
 * page's metadata or from the markup portals and newspaper sites print them with (Naver's
 * {@code media_end_head_…} header, Daum's {@code txt_info} line, {@code span.byline}, {@code <time>}).
 * Markup is believed only when its text has the shape it should have (a known section, a byline
 * with {@code 기자}, a real date).
 */
final class PageHeader {

    private static final String SECTION_MARKUP = ".media_end_categorize_item, [itemprop=articleSection], .section_name,"
            + " .section-name, .article-section, .cate_name, .category_name, .section_title, .breadcrumb li:last-child,"
            + " .location a:last-child";
    private static final String BYLINE_MARKUP = ".media_end_head_journalist_name, .byline_s, .byline, .reporter_name,"
            + " .journalist_name, .journalist, .reporter, .writer, [rel=author], .txt_info, .author, .info_view span";
    private static final String STAMP_MARKUP = ".media_end_head_info_datestamp_bunch, .num_date, .txt_info, .date,"
            + " .article-date, .datetime, .txt_date, .info_date, .updated, .published, .view_date, .info_view span";
    /** {@code 한빛일보 - 제목}: pages that name the site before the title. */
    private static final Pattern URL = Pattern.compile("^https?://.*");

    private PageHeader() {
    }

    /** The page's section: its {@code article:section}, else a known section in the markup. */
    static String section(Document doc) {
        String meta = firstNonBlank(meta(doc, "meta[property=article:section]"), meta(doc, "meta[name=article:section]"),
                meta(doc, "meta[name=section]"));
        if (meta != null) {
            return KoreanText.normalize(meta);
        }
        for (Element e : doc.select(SECTION_MARKUP)) {
            String label = SectionLabels.label(e.text());
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** The byline the page's header prints (time stamps beside it left out), else its author metadata. */
    static String byline(Document doc) {
        for (Element e : doc.select(BYLINE_MARKUP)) {
            String text = PrintedTime.strip(KoreanText.normalize(e.text()));
            if (!text.isEmpty() && BlockRules.isByline(text)) {
                return text;
            }
        }
        String author = firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"),
                text(doc, "[itemprop=author]"));
        return author == null || URL.matcher(author).matches() ? null : author;
    }

    /** The published time the page states: its metadata, Naver's {@code data-date-time}, else a printed {@code 입력} stamp. */
    static Instant published(Document doc) {
        Instant stated = firstDate(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=article:published_time]"), meta(doc, "meta[itemprop=datePublished]"),
                attr(doc, "[itemprop=datePublished]", "datetime"), attr(doc, "[data-date-time]", "data-date-time"),
                attr(doc, "time[datetime]", "datetime"), meta(doc, "meta[name=pubdate]"), meta(doc, "meta[name=date]"),
                meta(doc, "meta[property=og:updated_time]"));
        if (stated != null) {
            return stated;
        }
        for (Element e : doc.select(STAMP_MARKUP)) {
            String text = KoreanText.normalize(e.text());
            if (text.length() <= 120) {
                Instant printed = PrintedTime.published(text);
                if (printed != null) {
                    return printed;
                }
            }
        }
        return null;
    }

    /** Deck elements ({@code h2.subtitle}, a summary box) outside the article element and before it. */
    static List<Element> decks(Document doc, Element root) {
        if (root.getAllElements().stream().anyMatch(e -> isDeck(e))) {
            return List.of();
        }
        List<Element> decks = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == root) {
                break;
            }
            if (isDeck(e) && e.parents().stream().noneMatch(PageHeader::isDeck) && e.text().length() <= 300) {
                decks.add(e);
            }
        }
        return decks;
    }

    private static boolean isDeck(Element e) {
        return !e.className().isEmpty() && ArticleWalker.DECK_CLASS.matcher(e.className()).find();
    }

    static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String content = e.attr("content");
        return content.isBlank() ? null : content.trim();
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).trim();
    }

    private static String text(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null || e.text().isBlank() ? null : e.text().trim();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static Instant firstDate(String... values) {
        for (String v : values) {
            Instant instant = v == null ? null : Dates.parse(v);
            if (instant == null && v != null) {
                instant = PrintedTime.published(v);
            }
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }
}
