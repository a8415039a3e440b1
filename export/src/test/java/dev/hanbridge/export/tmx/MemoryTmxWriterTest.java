package dev.hanbridge.export.tmx;

import static dev.hanbridge.export.XmlTestSupport.children;
import static dev.hanbridge.export.XmlTestSupport.elements;
import static dev.hanbridge.export.XmlTestSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.SampleMemory;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class MemoryTmxWriterTest {

    private static byte[] write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new MemoryTmxWriter("1.2.3", "ko-KR").write(out, SampleMemory.UNITS::forEach);
        assertThat(written).isEqualTo(2);
        return out.toByteArray();
    }

    @Test
    void writesEveryUnitWithItsDatesOriginAndOwnTargetLanguage() throws Exception {
        var doc = parse(write());

        assertThat(doc.getDoctype().getSystemId()).isEqualTo("tmx14.dtd");
        assertThat(elements(doc, "header").get(0).getAttribute("srclang")).isEqualTo("ko-KR");
        List<Element> units = elements(doc, "tu");
        assertThat(units).extracting(tu -> tu.getAttribute("tuid")).containsExactly("7", "9");
        Element human = units.get(0);
        assertThat(human.getAttribute("creationdate")).isEqualTo("20261101T090000Z");
        assertThat(human.getAttribute("changedate")).isEqualTo("20261102T103000Z");
        assertThat(human.getAttribute("changeid")).isEqualTo("reviewer");
        assertThat(human.hasAttribute("lastusagedate")).isFalse();
        assertThat(children(human, "prop")).extracting(p -> p.getAttribute("type") + "=" + p.getTextContent())
                .containsExactly("x-hanbridge-origin=HUMAN", "x-hanbridge-imported-from=shuttle-reviewed.xlf");
        Element machine = units.get(1);
        assertThat(machine.getAttribute("usagecount")).isEqualTo("2");
        assertThat(machine.getAttribute("lastusagedate")).isEqualTo("20261103T000000Z");
        assertThat(children(machine, "tuv")).extracting(v -> v.getAttribute("xml:lang") + "=" + v.getTextContent())
                .containsExactly("ko-KR=" + SampleMemory.UNITS.get(1).sourceText(), "en=" + SampleMemory.UNITS.get(1).targetText());
    }
}
