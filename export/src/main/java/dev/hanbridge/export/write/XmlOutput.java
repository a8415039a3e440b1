package dev.hanbridge.export.write;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Where the XML writers get their StAX writer. */
public final class XmlOutput {

    /**
     * Looked up once: {@link XMLOutputFactory#newFactory()} searches the class path's
     * {@code META-INF/services} on every call, which with Tika's hundreds of jars cost more than
     * writing the file (bench/pipeline.sh). Creating writers from one configured factory is safe
     * from several threads.
     */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlOutput() {
    }

    /** What writes one document's root element to a StAX writer (and a DOCTYPE before it, if any). */
    @FunctionalInterface
    public interface Document {
        void writeTo(XMLStreamWriter xml) throws XMLStreamException;
    }

    /**
     * Writes a document to {@code out} in UTF-8 (the XML declaration, a line break, the document,
     * a final line break) and flushes, without closing {@code out}; a StAX failure becomes an
     * IOException naming {@code what} was being written.
     */
    public static void write(OutputStream out, String what, Document document) throws java.io.IOException {
        try {
            XMLStreamWriter xml = writer(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            document.writeTo(xml);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close(); // closes the writer only, not the stream (StAX contract)
        } catch (XMLStreamException e) {
            throw new java.io.IOException("Could not write " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * A UTF-8 StAX writer over {@code out}. Given a stream, the JDK's writer encodes one byte at a
     * time into it (most of the export step's time in a profile); an encoding, buffered Writer in
     * front turns that into block writes. {@code flush()} the StAX writer when done; closing it
     * leaves {@code out} open.
     */
    public static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return FACTORY.createXMLStreamWriter(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 4 * 1024));
    }

    /**
     * A line break and two spaces per level: the documents are indented by hand, since StAX does
     * not indent and the writers control where whitespace is harmless.
     */
    public static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
