package dev.hanbridge.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    private static String write(HtmlWriter writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(SampleArticles.busStops(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document page() throws Exception {
        return Jsoup.parse(write(new HtmlWriter()));
    }

    @Test
    void writesAStandaloneUtf8PageWithoutExternalResources() throws Exception {
        Document page = page();

        assertThat(page.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(page.select("meta[name=viewport]")).hasSize(1);
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("script, link, img, iframe, [src], [href]")).isEmpty();
        assertThat(page.title()).isEqualTo("서울시, 겨울 '따뜻한 버스정류장' 300곳으로 늘린다");
        assertThat(page.select("header h1").text()).isEqualTo(page.title());
        assertThat(page.select("header .title-en[lang=en]").text())
                .isEqualTo("Seoul to expand 'warm bus stops' to 300 this winter");
        assertThat(page.select("header .byline").text()).isEqualTo("김하늘 기자");
    }

    @Test
    void writesARowPerSegmentWithKoreanLeftAndEnglishRight() throws Exception {
        Elements rows = page().select("tbody tr");

        assertThat(rows).extracting(Element::id).containsExactly("s101", "s102", "s103", "s104", "s105", "s106");
        Element markup = rows.get(2);
        assertThat(markup.select("td.kind").text()).startsWith("paragraph");
        assertThat(markup.select("td[lang=ko]").text()).isEqualTo(SampleArticles.MARKUP_SOURCE);
        assertThat(markup.select("td[lang=en]").first().ownText()).isEqualTo(SampleArticles.MARKUP_TARGET);
        assertThat(markup.select("td[lang=en] .badge").text()).isEqualTo("TM exact");
        assertThat(rows.get(0).select(".badge").text()).isEqualTo("MT · deepl");
        assertThat(rows.get(3).select("td[lang=en]").first().ownText()).isEqualTo(SampleArticles.EMOJI_TARGET);
    }

    @Test
    void marksAnUntranslatedSegmentAndNeverPutsKoreanInTheEnglishColumn() throws Exception {
        Element row = page().getElementById("s105");

        assertThat(row.hasClass("untranslated")).isTrue();
        Element english = row.select("td").get(2);
        assertThat(english.hasClass("untranslated")).isTrue();
        assertThat(english.attr("lang")).isEqualTo("en");
        assertThat(english.text()).isEqualTo("untranslated");
        assertThat(english.text()).doesNotContainPattern("\\p{IsHangul}");
    }

    @Test
    void escapesAScriptInTheSourceSoItStaysText() throws Exception {
        String html = write(new HtmlWriter());
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;ko&#39;)&lt;/script&gt;");
        assertThat(page.select("script")).isEmpty();
        Element caption = page.getElementById("s106");
        assertThat(caption.select("td[lang=ko]").text()).isEqualTo(SampleArticles.SCRIPT_SOURCE);
        assertThat(caption.select("td[lang=en]").first().ownText()).isEqualTo(SampleArticles.SCRIPT_TARGET);
    }

    @Test
    void dropsAControlCharacterFromABadSource() throws Exception {
        String html = write(new HtmlWriter());

        assertThat(html).doesNotContain("\u0001");
        assertThat(Jsoup.parse(html).getElementById("s105").select("td[lang=ko]").text())
                .isEqualTo(SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
    }

    @Test
    void showsNotesFromTheHookUnderTheEnglishText() throws Exception {
        HtmlWriter writer = new HtmlWriter(segment -> segment.segmentId() == 103 ? List.of("<b>unit</b> check") : List.of());

        Element note = Jsoup.parse(write(writer)).getElementById("s103").select("ul.notes li").first();

        assertThat(note.text()).isEqualTo("<b>unit</b> check");
    }
}
