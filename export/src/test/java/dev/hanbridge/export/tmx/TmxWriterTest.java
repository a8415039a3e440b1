package dev.hanbridge.export.tmx;

import static dev.hanbridge.export.XmlTestSupport.children;
import static dev.hanbridge.export.XmlTestSupport.elements;
import static dev.hanbridge.export.XmlTestSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TmxWriterTest {

    private static byte[] write() throws Exception {
        return write(SampleArticles.busStops());
    }

    private static byte[] write(dev.hanbridge.common.BilingualArticle article) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TmxWriter("1.2.3").write(article, out);
        return out.toByteArray();
    }

    private static Map<String, String> props(Element tu) {
        Map<String, String> props = new LinkedHashMap<>();
        children(tu, "prop").forEach(p -> props.put(p.getAttribute("type"), p.getTextContent()));
        return props;
    }

    private static Map<String, String> variants(Element tu) {
        Map<String, String> variants = new LinkedHashMap<>();
        children(tu, "tuv").forEach(v -> variants.put(v.getAttribute("xml:lang"),
                children(v, "seg").get(0).getTextContent()));
        return variants;
    }

    @Test
    void writesOneTranslationUnitPerSegmentWithTheSegmentKeyAsTuid() throws Exception {
        Document doc = parse(write());

        assertThat(doc.getDoctype().getSystemId()).isEqualTo("tmx14.dtd");
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
        assertThat(elements(doc, "tu")).extracting(tu -> tu.getAttribute("tuid"))
                .containsExactly(SampleArticles.key(101), SampleArticles.key(102), SampleArticles.key(103),
                        SampleArticles.key(104), SampleArticles.key(105), SampleArticles.key(106))
                .allMatch(tuid -> tuid.matches("k[0-9a-f]{12}_0"));
    }

    @Test
    void keepsEveryTuidWhenTheNextVersionOfTheSourceAddsASentence() throws Exception {
        List<String> first = elements(parse(write()), "tu").stream().map(tu -> tu.getAttribute("tuid")).toList();

        List<String> next = elements(parse(write(SampleArticles.busStopsWithAddedSentence())), "tu").stream()
                .map(tu -> tu.getAttribute("tuid")).toList();

        assertThat(next).hasSize(7).containsAll(first);
    }

    @Test
    void writesTheHeaderThatTmxToolsExpect() throws Exception {
        Element header = elements(parse(write()), "header").get(0);

        assertThat(header.getAttribute("creationtool")).isEqualTo("hanbridge");
        assertThat(header.getAttribute("creationtoolversion")).isEqualTo("1.2.3");
        assertThat(header.getAttribute("datatype")).isEqualTo("plaintext");
        assertThat(header.getAttribute("segtype")).isEqualTo("sentence");
        assertThat(header.getAttribute("adminlang")).isEqualTo("en");
        assertThat(header.getAttribute("srclang")).isEqualTo("ko-KR");
        assertThat(header.getAttribute("o-tmf")).isEqualTo("hanbridge");
    }

    @Test
    void recordsArticleBlockOriginAndEngineAsProps() throws Exception {
        Element title = elements(parse(write()), "tu").get(0);

        assertThat(props(title)).containsExactly(
                Map.entry("x-hanbridge-article-id", "42"),
                Map.entry("x-hanbridge-segment-id", "101"),
                Map.entry("x-hanbridge-source-uri", "inbox/2026/버스정류장 & 날씨.docx"),
                Map.entry("x-hanbridge-block-index", "0"),
                Map.entry("x-hanbridge-block-kind", "title"),
                Map.entry("x-hanbridge-segment-index", "0"),
                Map.entry("x-hanbridge-origin", "MT"),
                Map.entry("x-hanbridge-engine", "deepl"),
                Map.entry("x-hanbridge-state", "translated"));
    }

    @Test
    void writesAnUntranslatedSegmentWithOnlyItsSourceNeverACopyAsTarget() throws Exception {
        Element untranslated = elements(parse(write()), "tu").get(4);

        assertThat(untranslated.getAttribute("tuid")).isEqualTo(SampleArticles.key(105));
        assertThat(props(untranslated)).containsEntry("x-hanbridge-state", "untranslated")
                .doesNotContainKeys("x-hanbridge-origin", "x-hanbridge-engine");
        assertThat(variants(untranslated)).containsOnlyKeys("ko-KR");
    }

    @Test
    void keepsMarkupQuotesAndEmojiExactThroughAParser() throws Exception {
        List<Element> units = elements(parse(write()), "tu");

        assertThat(variants(units.get(2))).containsExactly(
                Map.entry("ko-KR", SampleArticles.MARKUP_SOURCE), Map.entry("en-US", SampleArticles.MARKUP_TARGET));
        assertThat(variants(units.get(3))).containsExactly(
                Map.entry("ko-KR", SampleArticles.EMOJI_SOURCE), Map.entry("en-US", SampleArticles.EMOJI_TARGET));
    }

    @Test
    void dropsAControlCharacterFromABadSourceInsteadOfWritingAnUnreadableFile() throws Exception {
        byte[] tmx = write();

        assertThat(new String(tmx, StandardCharsets.UTF_8)).doesNotContain("\u0001");
        assertThat(variants(elements(parse(tmx), "tu").get(4)).get("ko-KR"))
                .isEqualTo(SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
    }

    @Test
    void writesOneQaPropPerFindingOfATranslation() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TmxWriter("1.2.3").write(SampleArticles.busStopsWithFindings(), out);
        Document doc = parse(out.toByteArray());

        Element tu = elements(doc, "tu").stream().filter(t -> t.getAttribute("tuid").equals(SampleArticles.key(103))).findFirst()
                .orElseThrow();
        assertThat(children(tu, "prop")).filteredOn(p -> p.getAttribute("type").equals(TmxWriter.QA_PROP))
                .extracting(Element::getTextContent)
                .containsExactly(SampleArticles.WRONG_NUMBER.line(), SampleArticles.TOO_SHORT.line());
        Element clean = elements(doc, "tu").get(0);
        assertThat(props(clean)).doesNotContainKey(TmxWriter.QA_PROP);
    }
}
