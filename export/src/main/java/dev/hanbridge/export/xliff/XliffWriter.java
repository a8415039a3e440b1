package dev.hanbridge.export.xliff;

import static dev.hanbridge.export.write.XmlOutput.newline;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.SegmentKeys;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.export.HeaderText;
import dev.hanbridge.export.Languages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.hanbridge.export.write.Chars;
import dev.hanbridge.export.write.XmlOutput;

/**
 * Writes an article as an XLIFF 2.1 document, valid against the OASIS core schema and its metadata
 * module: one {@code file} per article, one {@code unit} per block ({@code id="b<index>"}, the block
 * kind as {@code type="hanbridge:<kind>"}), one {@code segment} per sentence (its id is the
 * segment's {@linkplain SegmentKeys key}, which a new version of the article keeps, so a reviewed
 * file matches the next version), {@code state="translated"} with a {@code target},
 * {@code state="final"} when a person made the target, or {@code state="initial"} and no
 * {@code target} at all when the segment is untranslated.
 *
 * <p>QA findings are written twice: as {@code note}s of the unit ({@code category="qa"}, errors with
 * {@code priority="1"}, each prefixed with its segment's key since XLIFF notes cannot point at a single
 * segment), which every CAT tool shows, and as ITS Localization Quality Issues (see
 * {@link QualityMarkup}) marking the parts of the target they are about, for tools that read ITS.
 *
 * <p>The core has no place for a segment's origin or engine, so each unit carries an
 * {@code mda:metadata} block with one {@code metaGroup} per segment, in segment order, naming the
 * segment by its key and its database id. The fuzzy translation-memory matches a segment was offered
 * go into the unit as Translation Candidates ({@code mtc:matches}, one {@code mtc:match} per match,
 * best first, pointing at the segment with {@code ref="#<key>"}, {@code type="tm"}, the match
 * percent as {@code similarity} and {@code matchQuality}, and how the match's target was made as
 * {@code subType}, e.g. {@code hanbridge:human}), which CAT tools show beside the segment. Between two
 * segments of a block the writer puts an {@code ignorable} space, so that a tool that joins the
 * targets of a unit rebuilds a paragraph rather than run-together sentences. Characters XML 1.0
 * does not allow (a U+0001 from a bad source) are kept as {@code <cp hex="0001"/>}, which is what
 * XLIFF 2 defines {@code cp} for.
 */
public final class XliffWriter {

    public static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String METADATA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";
    public static final String MATCHES_NS = "urn:oasis:names:tc:xliff:matches:2.0";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Function<SegmentPair, List<String>> notes;

    /** A writer without notes. */
    public XliffWriter() {
        this(segment -> List.of());
    }

    /**
     * @param notes the notes of a segment (QA findings), written as {@code note}s of its unit with
     *     {@code category="qa"}, each prefixed with the segment's key since XLIFF notes cannot point at a
     *     single segment
     */
    public XliffWriter(Function<SegmentPair, List<String>> notes) {
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    /**
     * Writes the document to {@code out} in UTF-8, without closing it.
     *
     * @throws IllegalArgumentException when the article has no segment: an XLIFF {@code file} needs a
     *     unit, and a unit a segment
     */
    public void write(BilingualArticle article, OutputStream out) throws IOException {
        if (article.segmentCount() == 0) {
            throw new IllegalArgumentException("Article " + article.id() + " (" + article.sourceUri()
                    + ") has no segments, and XLIFF cannot hold an empty file. Skip it in the export.");
        }
        XmlOutput.write(out, "XLIFF for article " + article.id(), xml -> write(article, xml));
    }

    private void write(BilingualArticle article, XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(XLIFF_NS);
        xml.setPrefix("mda", METADATA_NS);
        xml.setPrefix("mtc", MATCHES_NS);
        xml.writeStartElement(XLIFF_NS, "xliff");
        xml.writeDefaultNamespace(XLIFF_NS);
        xml.writeNamespace("mda", METADATA_NS);
        xml.writeNamespace("mtc", MATCHES_NS);
        if (QualityMarkup.hasFindings(article)) {
            QualityMarkup.declare(xml);
        }
        xml.writeAttribute("version", "2.1");
        xml.writeAttribute("srcLang", Languages.source(article));
        xml.writeAttribute("trgLang", Languages.target(article));
        newline(xml, 1);
        xml.writeStartElement(XLIFF_NS, "file");
        xml.writeAttribute("id", "a" + article.id());
        if (article.sourceUri() != null) {
            xml.writeAttribute("original", Chars.strip(article.sourceUri()));
        }
        writeArticleMetadata(article, xml);
        Map<Long, String> keys = SegmentKeys.of(article);
        for (BilingualBlock block : article.blocks()) {
            if (!block.segments().isEmpty()) { // the schema wants one segment or more per unit
                writeUnit(block, keys, xml);
            }
        }
        newline(xml, 1);
        xml.writeEndElement(); // file
        newline(xml, 0);
        xml.writeEndElement(); // xliff
    }

    private static void writeArticleMetadata(BilingualArticle article, XMLStreamWriter xml) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement(METADATA_NS, "metadata");
        newline(xml, 3);
        xml.writeStartElement(METADATA_NS, "metaGroup");
        xml.writeAttribute("category", "hanbridge:article");
        meta(xml, 4, "articleId", Long.toString(article.id()));
        meta(xml, 4, "title", article.title());
        meta(xml, 4, "byline", article.byline());
        meta(xml, 4, "section", article.section());
        meta(xml, 4, "publishedAt", HeaderText.publishedIso(article.publishedAt()));
        newline(xml, 3);
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeEndElement();
    }

    private void writeUnit(BilingualBlock block, Map<Long, String> keys, XMLStreamWriter xml)
            throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement(XLIFF_NS, "unit");
        xml.writeAttribute("id", "b" + block.index());
        xml.writeAttribute("type", "hanbridge:" + block.kind().name().toLowerCase(Locale.ROOT));

        newline(xml, 3);
        xml.writeStartElement(METADATA_NS, "metadata");
        for (SegmentPair segment : block.segments()) {
            newline(xml, 4);
            xml.writeStartElement(METADATA_NS, "metaGroup");
            xml.writeAttribute("category", "hanbridge:segment");
            meta(xml, 5, "segmentKey", keys.get(segment.segmentId()));
            meta(xml, 5, "segmentId", Long.toString(segment.segmentId()));
            meta(xml, 5, "origin", segment.origin() == null ? null : segment.origin().name());
            meta(xml, 5, "engine", segment.engine());
            meta(xml, 5, "model", segment.model());
            newline(xml, 4);
            xml.writeEndElement();
        }
        newline(xml, 3);
        xml.writeEndElement();

        // The core schema wants a unit's elements of other namespaces (metadata, matches, ITS
        // standoff) before its notes, in any order among themselves.
        writeMatches(block, keys, xml);
        QualityMarkup.writeStandoff(block, keys, xml);
        writeNotes(block, keys, xml);

        boolean first = true;
        for (SegmentPair segment : block.segments()) {
            if (!first) {
                newline(xml, 3);
                xml.writeStartElement(XLIFF_NS, "ignorable");
                xml.writeStartElement(XLIFF_NS, "source");
                xml.writeAttribute("xml", XML_NS, "space", "preserve"); // else a tool may drop the space
                xml.writeCharacters(" ");
                xml.writeEndElement();
                xml.writeEndElement();
            }
            first = false;
            writeSegment(segment, keys.get(segment.segmentId()), xml);
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    /** The unit's Translation Candidates: every segment's memory matches, best first. */
    private static void writeMatches(BilingualBlock block, Map<Long, String> keys, XMLStreamWriter xml)
            throws XMLStreamException {
        if (block.segments().stream().allMatch(s -> s.matches().isEmpty())) {
            return; // mtc:matches must hold one match or more
        }
        newline(xml, 3);
        xml.writeStartElement(MATCHES_NS, "matches");
        for (SegmentPair segment : block.segments()) {
            for (MemoryMatch match : segment.matches()) {
                newline(xml, 4);
                xml.writeStartElement(MATCHES_NS, "match");
                xml.writeAttribute("ref", "#" + keys.get(segment.segmentId()));
                xml.writeAttribute("type", "tm");
                xml.writeAttribute("origin", "hanbridge-tm");
                xml.writeAttribute("subType", "hanbridge:" + match.origin().name().toLowerCase(Locale.ROOT));
                xml.writeAttribute("similarity", Integer.toString(match.percent()));
                xml.writeAttribute("matchQuality", Integer.toString(match.percent()));
                newline(xml, 5);
                xml.writeStartElement(XLIFF_NS, "source");
                inline(xml, match.source());
                xml.writeEndElement();
                newline(xml, 5);
                xml.writeStartElement(XLIFF_NS, "target");
                inline(xml, match.target());
                xml.writeEndElement();
                newline(xml, 4);
                xml.writeEndElement();
            }
        }
        newline(xml, 3);
        xml.writeEndElement();
    }

    /** A note of a unit; {@code priority} null for the default. */
    private record Note(String text, String priority) {
    }

    private void writeNotes(BilingualBlock block, Map<Long, String> keys, XMLStreamWriter xml)
            throws XMLStreamException {
        List<Note> all = new ArrayList<>();
        for (SegmentPair segment : block.segments()) {
            String key = keys.get(segment.segmentId());
            for (QualityFinding finding : segment.findings()) {
                all.add(new Note(QualityMarkup.note(key, finding), QualityMarkup.priority(finding)));
            }
            for (String note : notes.apply(segment)) {
                all.add(new Note(key + ": " + note, null));
            }
        }
        if (all.isEmpty()) {
            return;
        }
        newline(xml, 3);
        xml.writeStartElement(XLIFF_NS, "notes");
        for (Note note : all) {
            newline(xml, 4);
            xml.writeStartElement(XLIFF_NS, "note");
            xml.writeAttribute("category", "qa");
            xml.writeAttribute("appliesTo", "target");
            if (note.priority() != null) {
                xml.writeAttribute("priority", note.priority());
            }
            xml.writeCharacters(Chars.strip(note.text()));
            xml.writeEndElement();
        }
        newline(xml, 3);
        xml.writeEndElement();
    }

    private static void writeSegment(SegmentPair segment, String key, XMLStreamWriter xml) throws XMLStreamException {
        newline(xml, 3);
        xml.writeStartElement(XLIFF_NS, "segment");
        xml.writeAttribute("id", key);
        xml.writeAttribute("state", !segment.translated() ? "initial" : segment.human() ? "final" : "translated");
        if (segment.origin() == TranslationOrigin.COPIED) {
            // No Korean in it, so its source was copied: a sub-state in our own namespace prefix,
            // as XLIFF 2 allows beside the core state.
            xml.writeAttribute("subState", "hanbridge:copied");
        }
        newline(xml, 4);
        xml.writeStartElement(XLIFF_NS, "source");
        inline(xml, segment.source());
        xml.writeEndElement();
        if (segment.translated()) {
            newline(xml, 4);
            xml.writeStartElement(XLIFF_NS, "target");
            QualityMarkup.writeTarget(segment, key, xml, XliffWriter::inline);
            xml.writeEndElement();
        }
        newline(xml, 3);
        xml.writeEndElement();
    }

    /** Text with every character XML cannot hold as a {@code cp} element. */
    private static void inline(XMLStreamWriter xml, String text) throws XMLStreamException {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Chars.isAllowed(cp)) {
                run.appendCodePoint(cp);
            } else {
                xml.writeCharacters(run.toString());
                run.setLength(0);
                xml.writeEmptyElement(XLIFF_NS, "cp");
                xml.writeAttribute("hex", String.format(Locale.ROOT, "%04X", cp));
            }
            i += Character.charCount(cp);
        }
        xml.writeCharacters(run.toString());
    }

    private static void meta(XMLStreamWriter xml, int depth, String type, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        newline(xml, depth);
        xml.writeStartElement(METADATA_NS, "meta");
        xml.writeAttribute("type", type);
        xml.writeCharacters(Chars.strip(value));
        xml.writeEndElement();
    }
}
