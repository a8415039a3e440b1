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

class XliffWriterTest {

    private static Document write(XliffWriter writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(SampleArticles.busStops(), out);
        return parse(out.toByteArray());
    }

    private static Element segment(Document doc, String id) {
        return elements(doc, "segment").stream().filter(s -> s.getAttribute("id").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void declaresXliff21InTheCoreNamespaceWithBothLanguages() throws Exception {
        Element root = write(new XliffWriter()).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:document:2.0");
        assertThat(root.getAttribute("version")).isEqualTo("2.1");
        assertThat(root.getAttribute("srcLang")).isEqualTo("ko-KR");
        assertThat(root.getAttribute("trgLang")).isEqualTo("en-US");
        Element file = children(root, "file").get(0);
        assertThat(file.getAttribute("id")).isEqualTo("a42");
        assertThat(file.getAttribute("original")).isEqualTo("inbox/2026/버스정류장 & 날씨.docx");
    }

    @Test
    void writesOneUnitPerBlockAndOneSegmentPerSentence() throws Exception {
        Document doc = write(new XliffWriter());

        List<Element> units = elements(doc, "unit");
        assertThat(units).extracting(u -> u.getAttribute("id")).containsExactly("b0", "b1", "b2", "b3");
        assertThat(units).extracting(u -> u.getAttribute("type"))
                .containsExactly("hanbridge:title", "hanbridge:byline", "hanbridge:paragraph", "hanbridge:caption");
        assertThat(children(units.get(2), "segment")).extracting(s -> s.getAttribute("id"))
                .containsExactly(SampleArticles.key(103), SampleArticles.key(104), SampleArticles.key(105));
        assertThat(children(units.get(2), "ignorable")).hasSize(2)
                .allSatisfy(i -> assertThat(i.getTextContent()).isEqualTo(" "));
    }

    @Test
    void marksTranslatedSegmentsTranslatedAndLeavesUntranslatedOnesInitialWithoutTarget() throws Exception {
        Document doc = write(new XliffWriter());

        Element translated = segment(doc, SampleArticles.key(103));
        assertThat(translated.getAttribute("state")).isEqualTo("translated");
        assertThat(children(translated, "source").get(0).getTextContent()).isEqualTo(SampleArticles.MARKUP_SOURCE);
        assertThat(children(translated, "target").get(0).getTextContent()).isEqualTo(SampleArticles.MARKUP_TARGET);
        Element untranslated = segment(doc, SampleArticles.key(105));
        assertThat(untranslated.getAttribute("state")).isEqualTo("initial");
        assertThat(children(untranslated, "target")).isEmpty();
    }

    @Test
    void marksAPersonsTranslationFinal() throws Exception {
        Element byline = children(elements(write(new XliffWriter()), "unit").get(1), "segment").get(0);

        assertThat(byline.getAttribute("state")).isEqualTo("final");
    }

    @Test
    void keepsEverySegmentIdWhenTheNextVersionOfTheSourceAddsASentence() throws Exception {
        List<String> first = elements(write(new XliffWriter()), "segment").stream().map(s -> s.getAttribute("id"))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XliffWriter().write(SampleArticles.busStopsWithAddedSentence(), out);

        List<String> next = elements(parse(out.toByteArray()), "segment").stream().map(s -> s.getAttribute("id"))
                .toList();

        assertThat(next).hasSize(7).containsAll(first);
    }

    @Test
    void offersEachSegmentsMemoryMatchesAsTranslationCandidatesOfItsUnit() throws Exception {
        Element paragraph = elements(write(new XliffWriter()), "unit").get(2);

        List<Element> matches = children(children(paragraph, "matches").get(0), "match");
        assertThat(matches).allSatisfy(m -> {
            assertThat(m.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:matches:2.0");
            assertThat(m.getAttribute("ref")).isEqualTo("#" + SampleArticles.key(105));
            assertThat(m.getAttribute("type")).isEqualTo("tm");
        });
        assertThat(matches).extracting(m -> m.getAttribute("similarity") + " " + m.getAttribute("matchQuality") + " "
                + m.getAttribute("subType") + " " + children(m, "target").get(0).getTextContent())
                .containsExactly("88 88 hanbridge:human An official said the budget is 8.71 billion won.",
                        "76 76 hanbridge:mt An official said the budget is about 5 billion won.");
        assertThat(children(matches.get(0), "source").get(0).getTextContent())
                .isEqualTo(SampleArticles.UNTRANSLATED_MATCHES.get(0).source());
        assertThat(children(elements(write(new XliffWriter()), "unit").get(0), "matches")).isEmpty();
    }

    @Test
    void keepsAControlCharacterFromABadSourceAsACodePointElement() throws Exception {
        Element source = children(segment(write(new XliffWriter()), SampleArticles.key(105)), "source").get(0);

        assertThat(children(source, "cp")).singleElement()
                .satisfies(cp -> assertThat(cp.getAttribute("hex")).isEqualTo("0001"));
        assertThat(source.getTextContent()).isEqualTo(SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
    }

    @Test
    void recordsOriginAndEngineOfEachSegmentAsUnitMetadata() throws Exception {
        Element caption = elements(write(new XliffWriter()), "unit").get(3);

        Element metadata = children(caption, "metadata").get(0);
        assertThat(metadata.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:metadata:2.0");
        Element group = children(metadata, "metaGroup").get(0);
        assertThat(children(group, "meta")).extracting(m -> m.getAttribute("type") + "=" + m.getTextContent())
                .containsExactly("segmentKey=" + SampleArticles.key(106), "segmentId=106", "origin=MT", "engine=deepl");
    }

    @Test
    void writesNotesFromTheHookAsQaNotesOfTheUnit() throws Exception {
        XliffWriter writer = new XliffWriter(segment -> segment.segmentId() == 104
                ? List.of("number 300 missing in target") : List.of());

        Element paragraph = elements(write(writer), "unit").get(2);

        Element note = children(children(paragraph, "notes").get(0), "note").get(0);
        assertThat(note.getAttribute("category")).isEqualTo("qa");
        assertThat(note.getTextContent()).isEqualTo(SampleArticles.key(104) + ": number 300 missing in target");
        assertThat(children(elements(write(new XliffWriter()), "unit").get(2), "notes")).isEmpty();
    }

    @Test
    void givesThePublishedTimeInKoreanTimeWithItsOffset() throws Exception {
        Element article = elements(write(new XliffWriter()), "metaGroup").get(0);

        assertThat(children(article, "meta")).extracting(m -> m.getAttribute("type") + "=" + m.getTextContent())
                .contains("publishedAt=2026-11-28T08:15+09:00");
    }

    @Test
    void recordsTheSectionTheSourceNamesAsArticleMetadata() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XliffWriter().write(SampleArticles.inSection(SampleArticles.busStops(), "IT/과학"), out);
        Document doc = parse(out.toByteArray());

        Element article = elements(doc, "metaGroup").get(0);

        assertThat(children(article, "meta")).extracting(m -> m.getAttribute("type") + "=" + m.getTextContent())
                .contains("section=IT/과학");
    }

    private static Document withFindings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XliffWriter().write(SampleArticles.busStopsWithFindings(), out);
        return parse(out.toByteArray());
    }

    @Test
    void writesFindingsAsQaNotesOfTheirUnitErrorsFirstInPriority() throws Exception {
        Element paragraph = elements(withFindings(), "unit").get(2);

        List<Element> notes = children(children(paragraph, "notes").get(0), "note");
        assertThat(notes).extracting(n -> n.getAttribute("priority") + " " + n.getTextContent()).containsExactly(
                "1 " + SampleArticles.key(103) + ": numbers (error): " + SampleArticles.WRONG_NUMBER.message(),
                "3 " + SampleArticles.key(103) + ": length (warning): " + SampleArticles.TOO_SHORT.message());
        assertThat(notes).allSatisfy(n -> {
            assertThat(n.getAttribute("category")).isEqualTo("qa");
            assertThat(n.getAttribute("appliesTo")).isEqualTo("target");
        });
    }

    @Test
    void marksWhatFindingsPointAtInTheTargetAsItsLocalizationQualityIssues() throws Exception {
        Document doc = withFindings();
        String its = "http://www.w3.org/2005/11/its";
        assertThat(doc.getDocumentElement().getAttributeNS(its, "version")).isEqualTo("2.0");

        Element target = children(segment(doc, SampleArticles.key(103)), "target").get(0);
        assertThat(target.getTextContent()).isEqualTo(SampleArticles.MARKUP_TARGET);
        Element whole = children(target, "mrk").get(0); // the length warning points at no part of it
        assertThat(whole.getAttribute("type")).isEqualTo("its:any");
        assertThat(whole.getTextContent()).isEqualTo(SampleArticles.MARKUP_TARGET);
        Element number = children(whole, "mrk").get(0);
        assertThat(number.getTextContent()).isEqualTo("<-5°C>");
        assertThat(issues(doc, number.getAttributeNS(its, "locQualityIssuesRef")))
                .extracting(i -> i.getAttribute("locQualityIssueType") + " " + i.getAttribute("locQualityIssueSeverity"))
                .containsExactly("numbers 90");
        assertThat(issues(doc, whole.getAttributeNS(its, "locQualityIssuesRef")))
                .extracting(i -> i.getAttribute("locQualityIssueType") + " " + i.getAttribute("locQualityIssueComment"))
                .containsExactly("length length: " + SampleArticles.TOO_SHORT.message());

        Element caption = children(segment(doc, SampleArticles.key(106)), "target").get(0);
        Element overlapping = children(caption, "mrk").get(0);
        assertThat(children(caption, "mrk")).hasSize(1);
        assertThat(overlapping.getTextContent()).isEqualTo("[Photo: Seoul city]");
        assertThat(issues(doc, overlapping.getAttributeNS(its, "locQualityIssuesRef")))
                .extracting(i -> i.getAttribute("locQualityIssueType"))
                .containsExactly("inconsistent-entities", "typographical");
        assertThat(children(children(segment(doc, SampleArticles.key(101)), "target").get(0), "mrk")).isEmpty();
    }

    @Test
    void leavesTheItsNamespaceOutOfAnArticleWithoutFindings() throws Exception {
        Document doc = write(new XliffWriter());

        assertThat(doc.getDocumentElement().hasAttributeNS("http://www.w3.org/2005/11/its", "version")).isFalse();
        assertThat(elements(doc, "locQualityIssues")).isEmpty();
        assertThat(elements(doc, "mrk")).isEmpty();
    }

    /** The issues of the standoff group a {@code #its=ID} reference names. */
    private static List<Element> issues(Document doc, String reference) {
        assertThat(reference).startsWith("#its=");
        String id = reference.substring("#its=".length());
        Element group = elements(doc, "locQualityIssues").stream()
                .filter(g -> g.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id").equals(id))
                .findFirst().orElseThrow();
        return children(group, "locQualityIssue");
    }
}
