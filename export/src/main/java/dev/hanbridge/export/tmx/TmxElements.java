package dev.hanbridge.export.tmx;

import static dev.hanbridge.export.write.XmlOutput.newline;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.hanbridge.export.write.Chars;

/** The parts of a TMX file that a run's TMX and the memory's TMX write alike. */
final class TmxElements {

    private TmxElements() {
    }

    /** The DTD, {@code tmx}, hanbridge's {@code header} and the open {@code body}; units follow. */
    static void begin(XMLStreamWriter xml, String toolVersion, String sourceLang) throws XMLStreamException {
        xml.writeDTD("<!DOCTYPE tmx SYSTEM \"" + TmxWriter.DTD_SYSTEM_ID + "\">");
        xml.writeCharacters("\n");
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        newline(xml, 1);
        xml.writeEmptyElement("header");
        xml.writeAttribute("creationtool", "hanbridge");
        xml.writeAttribute("creationtoolversion", toolVersion);
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("segtype", "sentence");
        xml.writeAttribute("adminlang", "en");
        xml.writeAttribute("srclang", sourceLang);
        xml.writeAttribute("o-tmf", "hanbridge");
        newline(xml, 1);
        xml.writeStartElement("body");
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
