package dev.hanbridge.export.tmx;

import static dev.hanbridge.export.tmx.TmxElements.prop;
import static dev.hanbridge.export.tmx.TmxElements.variant;
import static dev.hanbridge.export.write.XmlOutput.newline;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.SegmentKeys;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.export.Languages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.hanbridge.export.write.XmlOutput;

/**
 * Writes an article as a TMX 1.4b document, valid against the TMX 1.4b DTD: one {@code tu} per
 * segment ({@code tuid} = the segment's {@linkplain SegmentKeys key}, which a new version of the
 * article keeps) with {@code x-hanbridge-*} props for the article, the segment's database id, the
 * block, the origin ({@code HUMAN} for a person's translation), the engine and the state, and one
 * {@code x-hanbridge-qa} prop per QA finding ({@code numbers (error): …}), which memories that import
 * the file keep as the unit's attributes.
 *
 * <p>An untranslated segment becomes a {@code tu} with only the source {@code tuv} and the prop
 * {@code x-hanbridge-state = untranslated}: the DTD requires one {@code tuv} or more, not two, and a
 * copy of the source as target would teach every memory that imports the file that Korean
 * translates to itself. Characters XML 1.0 does not allow are dropped: TMX has no way to carry
 * them.
 */
public final class TmxWriter {

    /** The DOCTYPE system id that TMX readers expect; validators map it to their local copy. */
    public static final String DTD_SYSTEM_ID = "tmx14.dtd";
    public static final String STATE_PROP = "x-hanbridge-state";
    /** One prop per QA finding of the translation: {@code check (severity): message}. */
    public static final String QA_PROP = "x-hanbridge-qa";

    private final String toolVersion;

    /** @param toolVersion written as {@code creationtoolversion}, e.g. {@code 0.1.0} */
    public TmxWriter(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** Writes the document to {@code out} in UTF-8, without closing it. */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        XmlOutput.write(out, "TMX for article " + article.id(), xml -> write(article, xml));
    }

    private void write(BilingualArticle article, XMLStreamWriter xml) throws XMLStreamException {
        String srcLang = Languages.source(article);
        String trgLang = Languages.target(article);
        TmxElements.begin(xml, toolVersion, srcLang);
        Map<Long, String> keys = SegmentKeys.of(article);
        for (BilingualBlock block : article.blocks()) {
            for (SegmentPair segment : block.segments()) {
                writeUnit(article, block, segment, keys.get(segment.segmentId()), srcLang, trgLang, xml);
            }
        }
        newline(xml, 1);
        xml.writeEndElement(); // body
        newline(xml, 0);
        xml.writeEndElement(); // tmx
    }

    private static void writeUnit(BilingualArticle article, BilingualBlock block, SegmentPair segment, String key,
            String srcLang, String trgLang, XMLStreamWriter xml) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("tu");
        xml.writeAttribute("tuid", key);
        prop(xml, "x-hanbridge-article-id", Long.toString(article.id()));
        prop(xml, "x-hanbridge-segment-id", Long.toString(segment.segmentId()));
        prop(xml, "x-hanbridge-source-uri", article.sourceUri());
        prop(xml, "x-hanbridge-block-index", Integer.toString(block.index()));
        prop(xml, "x-hanbridge-block-kind", block.kind().name().toLowerCase(Locale.ROOT));
        prop(xml, "x-hanbridge-segment-index", Integer.toString(segment.index()));
        if (segment.translated()) {
            prop(xml, "x-hanbridge-origin", segment.origin() == null ? null : segment.origin().name());
            prop(xml, "x-hanbridge-engine", segment.engine());
            prop(xml, "x-hanbridge-model", segment.model());
            for (QualityFinding finding : segment.findings()) {
                prop(xml, QA_PROP, finding.line());
            }
        }
        prop(xml, STATE_PROP, segment.translated() ? "translated" : "untranslated");
        variant(xml, srcLang, segment.source());
        if (segment.translated()) {
            variant(xml, trgLang, segment.target());
        }
        newline(xml, 2);
        xml.writeEndElement();
    }
}
