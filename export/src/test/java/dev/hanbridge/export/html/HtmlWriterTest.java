package dev.hanbridge.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.export.Provenance;
import dev.hanbridge.export.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
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
        assertThat(page.select("html").attr("lang")).isEqualTo("en-US");
        assertThat(page.select("header .title-en[lang=en-US]").text())
                .isEqualTo("Seoul to expand 'warm bus stops' to 300 this winter");
        assertThat(page.select("header .byline").text()).isEqualTo("김하늘 기자");
    }

    @Test
    void writesARowPerSegmentWithKoreanLeftAndEnglishRight() throws Exception {
        Elements rows = page().select("tbody tr");

        assertThat(rows).extracting(Element::id).containsExactly("s101", "s102", "s103", "s104", "s105", "s106");
        Element markup = rows.get(2);
        assertThat(markup.select("td.kind").text()).startsWith("paragraph");
        assertThat(markup.select("td[lang=ko-KR]").text()).isEqualTo(SampleArticles.MARKUP_SOURCE);
        assertThat(markup.select("td[lang=en-US]").text()).isEqualTo(SampleArticles.MARKUP_TARGET);
        assertThat(markup.select("td[lang=en-US]").attr("data-badge")).isEqualTo("TM exact");
        assertThat(rows.get(0).select("td[lang=en-US]").attr("data-badge")).isEqualTo("MT · deepl");
        assertThat(rows.get(3).select("td[lang=en-US]").text()).isEqualTo(SampleArticles.EMOJI_TARGET);
    }

    @Test
    void marksAnUntranslatedSegmentAndNeverPutsKoreanInTheEnglishColumn() throws Exception {
        Element row = page().getElementById("s105");

        assertThat(row.hasClass("untranslated")).isTrue();
        Element english = row.select("td").get(2);
        assertThat(english.hasClass("untranslated")).isTrue();
        assertThat(english.attr("lang")).isEqualTo("en-US");
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
        assertThat(caption.select("td[lang=ko-KR]").text()).isEqualTo(SampleArticles.SCRIPT_SOURCE);
        assertThat(caption.select("td[lang=en-US]").text()).isEqualTo(SampleArticles.SCRIPT_TARGET);
    }

    @Test
    void dropsAControlCharacterFromABadSource() throws Exception {
        String html = write(new HtmlWriter());

        assertThat(html).doesNotContain("\u0001");
        assertThat(Jsoup.parse(html).getElementById("s105").select("td[lang=ko-KR]").text())
                .isEqualTo(SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
    }

    @Test
    void showsNotesFromTheHookUnderTheEnglishText() throws Exception {
        HtmlWriter writer = new HtmlWriter(segment -> segment.segmentId() == 103 ? List.of("<b>unit</b> check") : List.of());

        Element note = Jsoup.parse(write(writer)).getElementById("s103").select("ul.notes li").first();

        assertThat(note.text()).isEqualTo("<b>unit</b> check");
    }

    @Test
    void keepsTheOriginBadgeOutOfTheEnglishTextSoCopyingACellYieldsTheEnglishAlone() throws Exception {
        Document page = page();

        // What a copy, a text extractor or a converter takes from the page: the cells' text.
        for (Element english : page.select("tbody td:eq(2)")) {
            assertThat(english.text()).doesNotContain("MT").doesNotContain("deepl").doesNotContain("TM exact");
        }
        assertThat(page.getElementById("s101").select("td").get(2).text())
                .isEqualTo("Seoul to expand 'warm bus stops' to 300 this winter");
        assertThat(page.select("style").html()).contains("content:attr(data-badge)");
    }

    @Test
    void breaksKoreanLinesBetweenWordsOnly() throws Exception {
        assertThat(page().select("style").html()).contains(":lang(ko){word-break:keep-all}");
    }

    @Test
    void headerNamesPublishedTimeInKoreanTimeSourceEngineModelRunAndVersion() throws Exception {
        Provenance run = new Provenance(7L, Instant.parse("2026-11-30T04:03:00Z"), "openai", "0.1.0");
        BilingualArticle sample = SampleArticles.busStops();
        BilingualBlock title = sample.blocks().get(0);
        SegmentPair byModel = new SegmentPair(101, 0, title.segments().get(0).source(), "Seoul adds warm bus stops",
                TranslationOrigin.MT, "openai", "gpt-4o-mini");
        List<BilingualBlock> blocks = new ArrayList<>(sample.blocks());
        blocks.set(0, new BilingualBlock(0, BlockKind.TITLE, List.of(byModel)));
        BilingualArticle article = new BilingualArticle(sample.id(), sample.sourceUri(), sample.name(), sample.title(),
                sample.byline(), sample.publishedAt(), sample.sourceLang(), sample.targetLang(), blocks);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter(run).write(article, out);

        Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

        assertThat(page.select("dd.published time").attr("datetime")).isEqualTo("2026-11-28T08:15+09:00");
        assertThat(page.select("dd.published").text()).isEqualTo("2026-11-28 08:15 +09:00 (Korean time)");
        assertThat(page.select("dd.source").text()).isEqualTo("inbox/2026/버스정류장 & 날씨.docx");
        assertThat(page.select("dd.translated-by").text())
                .isEqualTo("openai (gpt-4o-mini), deepl, translation memory, people");
        assertThat(page.select("dd.languages").text()).isEqualTo("ko-KR → en-US");
        assertThat(page.select("dd.run").text()).isEqualTo("run 7, started 2026-11-30 04:03 UTC, hanbridge 0.1.0");
        assertThat(page.getElementById("s101").select("td").get(2).attr("data-badge")).isEqualTo("MT · openai gpt-4o-mini");
    }

    @Test
    void headerShowsTheSectionTheSourceNamesAndNoSectionRowWithoutOne() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter().write(SampleArticles.inSection(SampleArticles.busStops(), "사회 > 교통"), out);

        Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

        assertThat(page.select("dd.section").text()).isEqualTo("사회 > 교통");
        assertThat(page.select("dd.section span").attr("lang")).isEqualTo("ko-KR");
        assertThat(page().select("dd.section")).isEmpty();
    }

    @Test
    void marksRowsWithFindingsInTheirWorstSeverityHighlightsWhatTheyPointAtAndListsTheMessages() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter().write(SampleArticles.busStopsWithFindings(), out);
        Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

        Element row = page.getElementById("s103");
        assertThat(row.classNames()).contains("qa-error");
        assertThat(row.select("td.kind .qa-mark.qa-error").text()).isEqualTo("QA error");
        Element english = row.select("td").get(2);
        assertThat(english.select("mark.qa-error").text()).isEqualTo("<-5°C>");
        assertThat(english.select("mark.qa-error").attr("title")).startsWith("numbers (error): '영하 5도' is -5 degrees");
        assertThat(row.select("td").get(1).select("mark.qa-error").text()).isEqualTo("영하 5도");
        assertThat(english.select("ul.qa li")).extracting(Element::className, Element::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("qa-error", "numbers error: " + SampleArticles.WRONG_NUMBER.message()),
                org.assertj.core.groups.Tuple.tuple("qa-warning", "length warning: " + SampleArticles.TOO_SHORT.message()));
        Element withoutList = english.clone();
        withoutList.select("ul").remove();
        assertThat(withoutList.text()).isEqualTo(SampleArticles.MARKUP_TARGET);

        Element overlapping = page.getElementById("s106").select("td").get(2);
        assertThat(overlapping.select("mark")).singleElement().satisfies(mark -> {
            assertThat(mark.text()).isEqualTo("[Photo: Seoul city]");
            assertThat(mark.className()).isEqualTo("qa-error");
            assertThat(mark.attr("title")).contains("latin (error)").contains("brackets (warning)");
        });
        assertThat(page.getElementById("s101").classNames()).doesNotContain("qa-error", "qa-warning");
        assertThat(page.select("dd.qa").text()).isEqualTo("2 errors, 2 warnings in 2 of 6 segments");
        assertThat(page.select("p.qa-legend .qa-mark")).extracting(Element::text).containsExactly("QA error", "QA warning");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void saysTheChecksFoundNothingWhenNoSegmentHasFindings() throws Exception {
        assertThat(page().select("dd.qa").text()).isEqualTo("no findings");
        assertThat(page().select("tr.qa-error, tr.qa-warning, mark, ul.qa")).isEmpty();
    }
}
