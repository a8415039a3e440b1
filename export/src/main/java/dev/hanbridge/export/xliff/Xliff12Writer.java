package dev.hanbridge.export.xliff;

import static dev.hanbridge.export.write.XmlOutput.newline;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.SegmentKeys;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.export.Languages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.hanbridge.export.write.Chars;
import dev.hanbridge.export.write.XmlOutput;

/**
 * Writes an article as an XLIFF 1.2 document for older CAT tools, valid against the OASIS 1.2
 * strict schema: one {@code group} per block ({@code id="b<index>"}, {@code restype="x-<kind>"}),
 * one {@code trans-unit} per segment ({@code id} = the segment's {@linkplain SegmentKeys key}, which a
 * new version of the article keeps). A translated segment has a {@code target} with
 * {@code state="translated"} and a {@code state-qualifier} saying where it came from, or
 * {@code state="final"} for a person's translation; an untranslated one has no {@code target}, since
 * 1.2 tools treat an existing target as a translation. A {@code context-group} carries the article's
 * and the segment's database ids and, when translated, origin and engine, so that they survive a
 * round trip through tools that drop unknown qualifiers. Each QA finding is a {@code note} of its
 * trans-unit ({@code from="hanbridge-qa"}, {@code annotates="target"}, {@code priority} 1 for an error
 * and 3 for a warning) reading {@code check (severity): message}.
 *
 * <p>XLIFF 1.2 has no element for characters XML cannot hold, so they are dropped.
 */
public final class Xliff12Writer {

    public static final String XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final String toolVersion;

    /** @param toolVersion written in the header's {@code tool} element */
    public Xliff12Writer(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** Writes the document to {@code out} in UTF-8, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        XmlOutput.write(out, "XLIFF 1.2 for article " + article.id(), xml -> write(article, xml));
    }

    private void write(BilingualArticle article, XMLStreamWriter xml) throws XMLStreamException {
        String srcLang = Languages.source(article);
        String trgLang = Languages.target(article);
        xml.setDefaultNamespace(XLIFF12_NS);
        xml.writeStartElement(XLIFF12_NS, "xliff");
        xml.writeDefaultNamespace(XLIFF12_NS);
        xml.writeAttribute("version", "1.2");
        newline(xml, 1);
        xml.writeStartElement(XLIFF12_NS, "file");
        xml.writeAttribute("original", Chars.strip(article.sourceUri() == null ? article.name() : article.sourceUri()));
        xml.writeAttribute("source-language", srcLang);
        xml.writeAttribute("target-language", trgLang);
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("tool-id", "hanbridge");
        newline(xml, 2);
        xml.writeStartElement(XLIFF12_NS, "header");
        newline(xml, 3);
        xml.writeEmptyElement(XLIFF12_NS, "tool");
        xml.writeAttribute("tool-id", "hanbridge");
        xml.writeAttribute("tool-name", "hanbridge");
        xml.writeAttribute("tool-version", toolVersion);
        newline(xml, 2);
        xml.writeEndElement(); // header
        newline(xml, 2);
        xml.writeStartElement(XLIFF12_NS, "body");
        Map<Long, String> keys = SegmentKeys.of(article);
        for (BilingualBlock block : article.blocks()) {
            if (block.segments().isEmpty()) {
                continue;
            }
            newline(xml, 3);
            xml.writeStartElement(XLIFF12_NS, "group");
            xml.writeAttribute("id", "b" + block.index());
            xml.writeAttribute("restype", "x-" + block.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            for (SegmentPair segment : block.segments()) {
                writeUnit(article.id(), segment, keys.get(segment.segmentId()), srcLang, trgLang, xml);
            }
            newline(xml, 3);
            xml.writeEndElement();
        }
        newline(xml, 2);
        xml.writeEndElement(); // body
        newline(xml, 1);
        xml.writeEndElement(); // file
        newline(xml, 0);
        xml.writeEndElement(); // xliff
    }

    private static void writeUnit(long articleId, SegmentPair segment, String key, String srcLang, String trgLang,
            XMLStreamWriter xml) throws XMLStreamException {
        newline(xml, 4);
        xml.writeStartElement(XLIFF12_NS, "trans-unit");
        xml.writeAttribute("id", key);
        if (segment.origin() == TranslationOrigin.COPIED) {
            // No Korean in it: the target is the source, and there is nothing for a translator to do.
            xml.writeAttribute("translate", "no");
        }
        newline(xml, 5);
        xml.writeStartElement(XLIFF12_NS, "source");
        xml.writeAttribute("xml", XML_NS, "lang", srcLang);
        xml.writeCharacters(Chars.strip(segment.source()));
        xml.writeEndElement();
        if (segment.translated()) {
            newline(xml, 5);
            xml.writeStartElement(XLIFF12_NS, "target");
            xml.writeAttribute("xml", XML_NS, "lang", trgLang);
            xml.writeAttribute("state", segment.human() ? "final" : "translated");
            String qualifier = qualifier(segment);
            if (qualifier != null) {
                xml.writeAttribute("state-qualifier", qualifier);
            }
            xml.writeCharacters(Chars.strip(segment.target()));
            xml.writeEndElement();
        }
        newline(xml, 5);
        xml.writeStartElement(XLIFF12_NS, "context-group");
        xml.writeAttribute("purpose", "information");
        context(xml, "x-hanbridge-article-id", Long.toString(articleId));
        context(xml, "x-hanbridge-segment-id", Long.toString(segment.segmentId()));
        if (segment.translated()) {
            context(xml, "x-hanbridge-origin", segment.origin() == null ? null : segment.origin().name());
            context(xml, "x-hanbridge-engine", segment.engine());
        }
        newline(xml, 5);
        xml.writeEndElement();
        for (QualityFinding finding : segment.findings()) { // the strict schema wants them after the target
            newline(xml, 5);
            xml.writeStartElement(XLIFF12_NS, "note");
            xml.writeAttribute("from", "hanbridge-qa");
            xml.writeAttribute("annotates", "target");
            xml.writeAttribute("priority", finding.severity() == QualityFinding.Severity.ERROR ? "1" : "3");
            xml.writeCharacters(Chars.strip(finding.line()));
            xml.writeEndElement();
        }
        newline(xml, 4);
        xml.writeEndElement();
    }

    private static String qualifier(SegmentPair segment) {
        if (segment.origin() == null) {
            return null;
        }
        return switch (segment.origin()) {
            case TM_EXACT -> "exact-match";
            case TM_FUZZY -> "fuzzy-match";
            case MT -> "leveraged-mt";
            case HUMAN, COPIED -> null;
        };
    }

    private static void context(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        newline(xml, 6);
        xml.writeStartElement(XLIFF12_NS, "context");
        xml.writeAttribute("context-type", type);
        xml.writeCharacters(Chars.strip(value));
        xml.writeEndElement();
    }
}
