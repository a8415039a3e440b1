package dev.hanbridge.translate.memory;

import java.io.InputStream;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for files that people bring from other tools, closed to XML external entity attacks:
 * a DOCTYPE is allowed (TMX files name {@code tmx14.dtd}) but never loaded, and every entity other
 * than the five predefined ones and character references is refused, so no file, URL or expansion
 * bomb is ever read. The JDK's own StAX implementation is used whatever else is on the classpath, so
 * that these settings mean what they say.
 */
final class XmlInput {

    private XmlInput() {
    }

    static XMLStreamReader open(InputStream in, String file) {
        try {
            // a factory per file: the JDK's reuses a reader between calls, which is not safe across threads
            return factory().createXMLStreamReader(in); // detects UTF-8/UTF-16 from the BOM or declaration
        } catch (XMLStreamException e) {
            throw error(file, e);
        }
    }

    /** Moves to the root element and returns its local name. */
    static String root(XMLStreamReader xml, String file) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        throw new ImportFileException(file, line(xml), "the file has no XML element.");
    }

    static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** {@code xml:lang}, or the {@code lang} attribute of TMX 1.1 as some tools still write it. */
    static String language(XMLStreamReader xml) {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        return lang != null ? lang : xml.getAttributeValue(null, "lang");
    }

    /**
     * True when {@code tag} is the wanted language: equal ignoring case and {@code _}/{@code -}, or a
     * region of it ({@code ko} matches {@code ko-KR} and {@code KO-KR}; {@code en-GB} does not match
     * {@code en-US}).
     */
    static boolean matches(String tag, String wanted) {
        if (tag == null) {
            return false;
        }
        String t = tag.replace('_', '-').toLowerCase(Locale.ROOT);
        String w = wanted.replace('_', '-').toLowerCase(Locale.ROOT);
        return t.equals(w) || t.startsWith(w + "-");
    }

    /** Reads one child element; it must leave the reader on the child's end tag (read it, or {@link #skip}). */
    @FunctionalInterface
    interface Child {
        void read(String localName) throws XMLStreamException;
    }

    /**
     * Hands each child element of the current element to {@code child}, by its local name, and
     * ignores text between them; the reader ends on the current element's end tag.
     */
    static void eachChild(XMLStreamReader xml, Child child) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                child.read(xml.getLocalName());
            }
        }
    }

    /** Skips the current element and everything in it; the reader ends on its end tag. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The text of the current element (no markup expected); the reader ends on its end tag. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (isText(event)) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    static int line(XMLStreamReader xml) {
        Location location = xml.getLocation();
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    /** The parser's complaint without its "ParseError at [row,col]" preamble, with a line number. */
    static ImportFileException error(String file, XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        String hint = message.contains("was referenced, but not declared")
                ? " Entities declared in a DTD are refused (they can read files or URLs); export the file again"
                        + " without them."
                : " The file is not well-formed XML: repair it, or export it again from the tool that wrote it.";
        ImportFileException error = new ImportFileException(file, line, message.strip() + hint);
        error.initCause(e);
        return error;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
