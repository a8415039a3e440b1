package dev.hanbridge.export.tmx;

import static dev.hanbridge.export.tmx.TmxElements.prop;
import static dev.hanbridge.export.tmx.TmxElements.variant;
import static dev.hanbridge.export.write.XmlOutput.newline;

import dev.hanbridge.common.TmUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.hanbridge.export.write.Chars;
import dev.hanbridge.export.write.XmlOutput;

/**
 * Writes a translation memory as one TMX 1.4b document, valid against the TMX 1.4b DTD, for CAT tools
 * and for another hanbridge: one {@code tu} per unit ({@code tuid} = the unit's number) with the
 * Korean {@code tuv} and the target {@code tuv} in the unit's own language, TMX's dates
 * ({@code creationdate}, {@code changedate}, {@code lastusagedate}), {@code usagecount},
 * {@code changeid} when a file named who changed it, and props {@code x-hanbridge-origin}
 * ({@code HUMAN} or {@code MT}, which {@code hanbridge tm import} reads back), {@code x-hanbridge-engine}
 * and {@code x-hanbridge-imported-from}. Units are written as they are handed over, so a memory of
 * any size streams through.
 */
public final class MemoryTmxWriter {

    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String toolVersion;
    private final String sourceLang;

    /**
     * @param toolVersion written as {@code creationtoolversion}
     * @param sourceLang the Korean tag, e.g. {@code ko-KR}
     */
    public MemoryTmxWriter(String toolVersion, String sourceLang) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.sourceLang = Objects.requireNonNull(sourceLang, "sourceLang");
    }

    /**
     * Writes the document to {@code out} in UTF-8, without closing it.
     *
     * @param units hands each unit to the consumer it is given, in the order they are to be written
     * @return how many units were written
     */
    public long write(OutputStream out, Consumer<Consumer<TmUnit>> units) throws IOException {
        long[] count = {0};
        try {
            XmlOutput.write(out, "the translation memory as TMX", xml -> {
                TmxElements.begin(xml, toolVersion, sourceLang);
                units.accept(unit -> {
                    try {
                        writeUnit(unit, xml);
                        count[0]++;
                    } catch (XMLStreamException e) {
                        throw new UncheckedIOException(new IOException(e.getMessage(), e));
                    }
                });
                newline(xml, 1);
                xml.writeEndElement(); // body
                newline(xml, 0);
                xml.writeEndElement(); // tmx
            });
        } catch (UncheckedIOException e) {
            throw new IOException("Could not write the translation memory as TMX: " + e.getCause().getMessage(), e);
        }
        return count[0];
    }

    private void writeUnit(TmUnit unit, XMLStreamWriter xml) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("tu");
        xml.writeAttribute("tuid", Long.toString(unit.id()));
        date(xml, "creationdate", unit.createdAt());
        date(xml, "changedate", unit.changedAt());
        if (unit.changedBy() != null) {
            xml.writeAttribute("changeid", Chars.strip(unit.changedBy()));
        }
        xml.writeAttribute("usagecount", Integer.toString(unit.usageCount()));
        if (unit.usageCount() > 0) {
            date(xml, "lastusagedate", unit.lastUsedAt());
        }
        prop(xml, "x-hanbridge-origin", unit.origin().name());
        prop(xml, "x-hanbridge-engine", unit.engine());
        prop(xml, "x-hanbridge-imported-from", unit.importedFrom());
        variant(xml, sourceLang, unit.sourceText());
        variant(xml, unit.targetLang(), unit.targetText());
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String name, Instant time) throws XMLStreamException {
        if (time != null) {
            xml.writeAttribute(name, TMX_DATE.format(time));
        }
    }
}
