package dev.hanbridge.export.english;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.Provenance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Renders the Markdown with a CommonMark implementation and checks the structure a reader would see. */
class TargetMarkdownWriterTest {

    private static String markdown() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TargetMarkdownWriter(new Provenance(7L, Instant.parse("2026-11-30T04:03:00Z"), "deepl", "0.1.0"))
                .write(TargetArticles.everyKind(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document rendered() throws Exception {
        return Jsoup.parseBodyFragment(HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown())));
    }

    @Test
    void rendersTheEnglishArticleInTheSourcesStructure() throws Exception {
        Document page = rendered();

        assertThat(page.body().children()).extracting(Element::tagName).containsExactly(
                "blockquote", "h1", "p", "p", "p", "p", "p", "p", "h2", "ul", "blockquote", "p", "hr", "p");
        assertThat(page.select("h1").text()).isEqualTo("Seoul adds warm bus stops");
        assertThat(page.body().child(2).text()).isEqualTo("2026-11-28 08:15 +09:00 (Korean time)");
        assertThat(page.body().child(3).select("em").text()).isEqualTo("Expansion to 300 sites");
        assertThat(page.body().child(6).select("em").text()).isEqualTo("The new bus stop");
        assertThat(page.select("h2").text()).isEqualTo("Where they go");
        assertThat(page.select("ul li")).extracting(Element::text).containsExactly("Gangnam-gu", "Mapo-gu");
        assertThat(page.body().child(10).text()).isEqualTo("\u201cIt is warm,\u201d a rider said.");
        assertThat(page.body().child(11).text()).isEqualTo("# 1. The end");
    }

    @Test
    void marksAnUntranslatedSentenceInBoldWithItsKoreanAndCountsThemUpFront() throws Exception {
        Document page = rendered();

        Element paragraph = page.body().child(5);
        assertThat(paragraph.select("strong").text())
                .isEqualTo("[untranslated: " + TargetArticles.UNTRANSLATED_KOREAN + "]");
        assertThat(page.body().child(0).text()).isEqualTo(
                "Not ready to publish: 1 of 13 segments untranslated, marked [untranslated: Korean text] below.");
    }

    @Test
    void keepsMarkdownAndHtmlInTheTextAsText() throws Exception {
        Element paragraph = rendered().body().child(5);

        assertThat(paragraph.text()).endsWith(TargetArticles.MARKUP_ENGLISH);
        assertThat(paragraph.select("em, b, a")).isEmpty();
    }
}
