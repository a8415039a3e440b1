package dev.hanbridge.export.xliff;

import static dev.hanbridge.export.write.XmlOutput.newline;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.QualityFinding.Severity;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.export.write.Chars;
import dev.hanbridge.export.write.FindingRanges;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * QA findings in XLIFF 2.1 as the ITS Localization Quality Issue data category (the ITS module,
 * namespace {@code http://www.w3.org/2005/11/its}), laid out as the XLIFF 2 reference toolkit
 * (Okapi's) writes it: each unit carries an {@code its:locQualityIssues} group (standoff, with an
 * {@code xml:id}) per marked part of a target, and the target wraps that part in
 * {@code <mrk type="its:any" its:locQualityIssuesRef="#its=ID">}. Overlapping spans become one
 * marker; findings that point at no part of the target (a number the translation left out) get a
 * marker around the whole target, which the others nest in.
 *
 * <p>Issue types map to the ITS list: numbers to {@code numbers}, dates and Latin tokens to
 * {@code inconsistent-entities}, untranslated to {@code untranslated}, length to {@code length},
 * glossary to {@code terminology}, brackets to {@code typographical}. Severity is an ITS score:
 * 90 for an error, 50 for a warning.
 */
final class QualityMarkup {

    static final String ITS_NS = "http://www.w3.org/2005/11/its";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** Writes a run of text, characters XML cannot hold included, as the writer does everywhere. */
    @FunctionalInterface
    interface Text {
        void write(XMLStreamWriter xml, String text) throws XMLStreamException;
    }

    private QualityMarkup() {
    }

    static boolean hasFindings(BilingualArticle article) {
        return article.blocks().stream().flatMap(b -> b.segments().stream()).anyMatch(s -> !s.findings().isEmpty());
    }

    /** Declares the ITS namespace and version on the root element; call only when there are findings. */
    static void declare(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeNamespace("its", ITS_NS);
        xml.writeAttribute("its", ITS_NS, "version", "2.0");
    }

    /** The standoff groups of the block's translated segments, one per marker their targets get. */
    static void writeStandoff(BilingualBlock block, Map<Long, String> keys, XMLStreamWriter xml)
            throws XMLStreamException {
        for (SegmentPair segment : block.segments()) {
            if (!segment.translated() || segment.findings().isEmpty()) {
                continue;
            }
            String key = keys.get(segment.segmentId());
            List<QualityFinding> whole = wholeTarget(segment);
            if (!whole.isEmpty()) {
                group(xml, groupId(key, -1), whole);
            }
            List<FindingRanges.Range> ranges = FindingRanges.inTarget(segment.target(), segment.findings());
            for (int i = 0; i < ranges.size(); i++) {
                group(xml, groupId(key, i), ranges.get(i).findings());
            }
        }
    }

    /** The target's text with its markers; {@code key} names the segment as in {@link #writeStandoff}. */
    static void writeTarget(SegmentPair segment, String key, XMLStreamWriter xml, Text text)
            throws XMLStreamException {
        String target = segment.target();
        boolean whole = !wholeTarget(segment).isEmpty();
        if (whole) {
            marker(xml, key, -1);
        }
        int at = 0;
        List<FindingRanges.Range> ranges = FindingRanges.inTarget(target, segment.findings());
        for (int i = 0; i < ranges.size(); i++) {
            FindingRanges.Range r = ranges.get(i);
            text.write(xml, target.substring(at, r.start()));
            marker(xml, key, i);
            text.write(xml, target.substring(r.start(), r.end()));
            xml.writeEndElement();
            at = r.end();
        }
        text.write(xml, target.substring(at));
        if (whole) {
            xml.writeEndElement();
        }
    }

    /** A note's text: {@code k3f2a9c01b7d4_1: numbers (error): message}, led by the segment's key. */
    static String note(String key, QualityFinding finding) {
        return key + ": " + finding.line();
    }

    /** Note priority, 1 the highest: errors first. */
    static String priority(QualityFinding finding) {
        return finding.severity() == Severity.ERROR ? "1" : "3";
    }

    /** Findings with no part of the target to point at (or one that does not fit it). */
    private static List<QualityFinding> wholeTarget(SegmentPair segment) {
        return segment.findings().stream()
                .filter(f -> f.target() == null || f.target().end() > segment.target().length()
                        || f.target().end() == f.target().start())
                .toList();
    }

    private static void marker(XMLStreamWriter xml, String key, int range) throws XMLStreamException {
        xml.writeStartElement(XliffWriter.XLIFF_NS, "mrk");
        xml.writeAttribute("id", "qa-" + key + (range < 0 ? "" : "-" + range));
        xml.writeAttribute("type", "its:any");
        xml.writeAttribute("its", ITS_NS, "locQualityIssuesRef", "#its=" + groupId(key, range));
    }

    /** The standoff group's {@code xml:id}: the segment's key, so ids stay unique and stable across versions. */
    private static String groupId(String key, int range) {
        return "lqi-" + key + (range < 0 ? "" : "-" + range);
    }

    private static void group(XMLStreamWriter xml, String id, List<QualityFinding> findings) throws XMLStreamException {
        newline(xml, 3);
        xml.writeStartElement(ITS_NS, "locQualityIssues");
        xml.writeAttribute("xml", XML_NS, "id", id);
        for (QualityFinding f : findings) {
            newline(xml, 4);
            xml.writeEmptyElement(ITS_NS, "locQualityIssue");
            xml.writeAttribute("locQualityIssueType", type(f.check()));
            xml.writeAttribute("locQualityIssueComment", Chars.strip(f.check() + ": " + f.message()));
            xml.writeAttribute("locQualityIssueSeverity", f.severity() == Severity.ERROR ? "90" : "50");
        }
        newline(xml, 3);
        xml.writeEndElement();
    }

    static String type(String check) {
        return switch (check) {
            case "numbers" -> "numbers";
            case "dates", "latin" -> "inconsistent-entities";
            case "untranslated" -> "untranslated";
            case "length" -> "length";
            case "glossary" -> "terminology";
            case "brackets" -> "typographical";
            default -> "other";
        };
    }
}
