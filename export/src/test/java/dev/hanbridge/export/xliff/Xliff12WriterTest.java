package dev.hanbridge.export.xliff;

import static dev.hanbridge.export.XmlTestSupport.children;
import static dev.hanbridge.export.XmlTestSupport.elements;
import static dev.hanbridge.export.XmlTestSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class Xliff12WriterTest {

    private static Document write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Xliff12Writer("1.2.3").write(SampleArticles.busStops(), out);
        return parse(out.toByteArray());
    }

    private static Element unit(Document doc, String id) {
        return elements(doc, "trans-unit").stream().filter(u -> u.getAttribute("id").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void writesAGroupPerBlockAndATransUnitPerSegment() throws Exception {
        Document doc = write();

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:document:1.2");
        Element file = elements(doc, "file").get(0);
        assertThat(file.getAttribute("source-language")).isEqualTo("ko-KR");
        assertThat(file.getAttribute("target-language")).isEqualTo("en-US");
        List<Element> groups = elements(doc, "group");
        assertThat(groups).extracting(g -> g.getAttribute("restype"))
                .containsExactly("x-title", "x-byline", "x-paragraph", "x-caption");
        assertThat(children(groups.get(2), "trans-unit")).extracting(u -> u.getAttribute("id"))
                .containsExactly(SampleArticles.key(103), SampleArticles.key(104), SampleArticles.key(105));
    }

    @Test
    void qualifiesTranslatedTargetsByOriginAndWritesNoTargetForUntranslatedOnes() throws Exception {
        Document doc = write();

        Element fuzzy = children(unit(doc, SampleArticles.key(104)), "target").get(0);
        assertThat(fuzzy.getAttribute("state")).isEqualTo("translated");
        assertThat(fuzzy.getAttribute("state-qualifier")).isEqualTo("fuzzy-match");
        assertThat(fuzzy.getTextContent()).isEqualTo(SampleArticles.EMOJI_TARGET);
        assertThat(children(unit(doc, SampleArticles.key(101)), "target").get(0).getAttribute("state-qualifier")).isEqualTo("leveraged-mt");
        assertThat(children(unit(doc, SampleArticles.key(105)), "target")).isEmpty();
        assertThat(children(unit(doc, SampleArticles.key(105)), "source").get(0).getTextContent())
                .isEqualTo(SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
    }

    @Test
    void recordsIdsOriginAndEngineAsContext() throws Exception {
        Document doc = write();
        Element group = children(unit(doc, SampleArticles.key(106)), "context-group").get(0);

        assertThat(children(group, "context")).extracting(c -> c.getAttribute("context-type") + "=" + c.getTextContent())
                .containsExactly("x-hanbridge-article-id=42", "x-hanbridge-segment-id=106", "x-hanbridge-origin=MT",
                        "x-hanbridge-engine=deepl");
        Element untranslated = children(unit(doc, SampleArticles.key(105)), "context-group").get(0);
        assertThat(children(untranslated, "context")).extracting(c -> c.getAttribute("context-type"))
                .containsExactly("x-hanbridge-article-id", "x-hanbridge-segment-id");
    }

    @Test
    void marksAPersonsTranslationFinalWithoutQualifier() throws Exception {
        Element byline = children(unit(write(), SampleArticles.key(102)), "target").get(0);

        assertThat(byline.getAttribute("state")).isEqualTo("final");
        assertThat(byline.hasAttribute("state-qualifier")).isFalse();
    }

    @Test
    void writesEachFindingAsANoteOfItsTransUnit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Xliff12Writer("1.2.3").write(SampleArticles.busStopsWithFindings(), out);
        Document doc = parse(out.toByteArray());

        assertThat(children(unit(doc, SampleArticles.key(103)), "note"))
                .extracting(n -> n.getAttribute("from") + " " + n.getAttribute("annotates") + " "
                        + n.getAttribute("priority") + " " + n.getTextContent())
                .containsExactly("hanbridge-qa target 1 " + SampleArticles.WRONG_NUMBER.line(),
                        "hanbridge-qa target 3 " + SampleArticles.TOO_SHORT.line());
        assertThat(children(unit(doc, SampleArticles.key(101)), "note")).isEmpty();
    }
}
