package dev.hanbridge.export.tmx;

import static dev.hanbridge.export.write.XmlOutput.newline;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.hanbridge.export.write.Chars;

/** The elements inside a {@code tu} that a run's TMX and the memory's TMX write alike. */
final class TmxElements {

    private TmxElements() {
    }

    /** A {@code prop}; nothing when the value is null. */
    static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        newline(xml, 3);
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(Chars.strip(value));
        xml.writeEndElement();
    }

    /** A {@code tuv} of one language with its {@code seg}. */
    static void variant(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
        newline(xml, 3);
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        xml.writeStartElement("seg");
        xml.writeCharacters(Chars.strip(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
