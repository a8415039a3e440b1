package dev.hanbridge.ingest.hwp;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds a parser's SAX events back until it has finished, so that a parser that fails half-way
 * leaves no partial article behind when another one takes over.
 */
final class SaxRecording extends DefaultHandler {

    private interface Event {
        void replay(ContentHandler handler) throws SAXException;
    }

    private final List<Event> events = new ArrayList<>();

    @Override
    public void startDocument() {
        events.add(ContentHandler::startDocument);
    }

    @Override
    public void endDocument() {
        events.add(ContentHandler::endDocument);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        events.add(h -> h.startPrefixMapping(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) {
        events.add(h -> h.endPrefixMapping(prefix));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        Attributes copy = new AttributesImpl(attributes);
        events.add(h -> h.startElement(uri, localName, qName, copy));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        events.add(h -> h.endElement(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        char[] copy = java.util.Arrays.copyOfRange(ch, start, start + length);
        events.add(h -> h.characters(copy, 0, copy.length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        char[] copy = java.util.Arrays.copyOfRange(ch, start, start + length);
        events.add(h -> h.ignorableWhitespace(copy, 0, copy.length));
    }

    void replay(ContentHandler handler) throws SAXException {
        for (Event event : events) {
            event.replay(handler);
        }
    }
}
