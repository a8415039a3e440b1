package dev.hanbridge.export.english;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.Provenance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TargetHtmlWriterTest {

    private static Document page() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TargetHtmlWriter(new Provenance(7L, Instant.parse("2026-11-30T04:03:00Z"), "deepl", "0.1.0"))
                .write(TargetArticles.everyKind(), out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheEnglishArticleInTheSourcesStructure() throws Exception {
        Document page = page();

        assertThat(page.select("html").attr("lang")).isEqualTo("en-US");
        assertThat(page.title()).isEqualTo("Seoul adds warm bus stops");
        assertThat(page.select("article > *")).extracting(Element::tagName).containsExactly(
                "p", "h1", "p", "p", "p", "p", "p", "p", "h2", "ul", "blockquote", "p", "footer");
        assertThat(page.select("h1").text()).isEqualTo("Seoul adds warm bus stops");
        assertThat(page.select(".dateline time").attr("datetime")).isEqualTo("2026-11-28T08:15+09:00");
        assertThat(page.select(".deck").text()).isEqualTo("Expansion to 300 sites");
        assertThat(page.select(".byline").text()).isEqualTo("By Kim Ha-neul");
        assertThat(page.select(".caption").text()).isEqualTo("The new bus stop");
        assertThat(page.select(".credit").text()).isEqualTo("Photo: Seoul city");
        assertThat(page.select("ul li")).extracting(Element::text).containsExactly("Gangnam-gu", "Mapo-gu");
        assertThat(page.select("blockquote").text()).isEqualTo("\u201cIt is warm,\u201d a rider said.");
        assertThat(page.select("footer").text())
                .isEqualTo("Translated from Korean (ko-KR) by deepl. Source: 2026/겨울 정류장.txt. Written by hanbridge 0.1.0, run 7, started 2026-11-30 04:03 UTC.");
    }

    @Test
    void marksAnUntranslatedSentenceVisiblyWithItsKoreanAndCountsThemUpFront() throws Exception {
        Document page = page();

        Element paragraph = page.select("article > p").get(4);
        assertThat(paragraph.text()).isEqualTo("Seoul will add heated benches. [untranslated: "
                + TargetArticles.UNTRANSLATED_KOREAN + "] " + TargetArticles.MARKUP_ENGLISH);
        assertThat(paragraph.select("mark.untranslated span").attr("lang")).isEqualTo("ko-KR");
        assertThat(page.select(".notice").text()).isEqualTo(
                "Not ready to publish: 1 of 13 segments untranslated, marked [untranslated: Korean text] below.");
        // No Korean anywhere outside a marker, the source's name aside.
        page.select("mark.untranslated, footer").remove();
        assertThat(page.body().text()).doesNotContainPattern("\\p{IsHangul}");
    }

    @Test
    void keepsMarkupInTheTextAsText() throws Exception {
        Document page = page();

        assertThat(page.select("article b")).isEmpty();
        assertThat(page.select("article > p").get(4).text()).contains("<b>all</b>");
    }
}
