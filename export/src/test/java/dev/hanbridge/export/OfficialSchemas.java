package dev.hanbridge.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates documents against the official TMX 1.4b DTD and the OASIS XLIFF 2.1 schemas from a
 * local folder, never from the network: the DOCTYPE and every schema import are mapped to files
 * under that folder, and anything else fails. Public, in export's test-jar, so that app's tests can
 * validate what a whole run wrote.
 */
public final class OfficialSchemas {

    /** The system property naming the schemas' folder; the build passes {@code -Dhanbridge.schemas.dir} on. */
    public static final String DIR_PROPERTY = "hanbridge.schemas.dir";

    private final Path dir;

    public OfficialSchemas(Path dir) {
        this.dir = dir;
    }

    /**
     * The schemas of {@link #DIR_PROPERTY}, or empty when it is not set: they are not part of the
     * repository, so checks against them are opt-in (CI's {@code .ci/run} sets it).
     */
    public static Optional<OfficialSchemas> configured() {
        String dir = System.getProperty(DIR_PROPERTY, "");
        return dir.isBlank() ? Optional.empty() : Optional.of(new OfficialSchemas(Path.of(dir)));
    }

    /** Throws a {@link SAXParseException} naming line and column at the first error. */
    public void validateTmx(byte[] tmx) throws Exception {
        Path dtd = dir.resolve("tmx/tmx14.dtd");
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                InputSource source = new InputSource(Files.newInputStream(dtd));
                source.setSystemId(dtd.toUri().toString());
                return source;
            }
            throw new SAXException("Unexpected external entity " + systemId + "; only tmx14.dtd is allowed");
        });
        reader.setErrorHandler(new Strict());
        reader.setContentHandler(new DefaultHandler());
        InputSource input = new InputSource(new ByteArrayInputStream(tmx));
        input.setSystemId(dir.resolve("document.tmx").toUri().toString()); // somewhere to resolve "tmx14.dtd" against
        reader.parse(input);
    }

    /**
     * Validates against the XLIFF 2.1 core schema together with its metadata and translation candidates
     * modules and the ITS module (QA findings), so that elements and attributes of those namespaces are
     * checked, not skipped.
     */
    public void validateXliff(byte[] xliff) throws Exception {
        Path xliffDir = dir.resolve("xliff2.1");
        Map<String, Path> byNamespace = Map.of(
                "http://www.w3.org/XML/1998/namespace", xliffDir.resolve("informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"),
                "urn:oasis:names:tc:xliff:document:2.0", xliffDir.resolve("xliff_core_2.0.xsd"),
                "urn:oasis:names:tc:xliff:metadata:2.0", xliffDir.resolve("metadata.xsd"),
                "urn:oasis:names:tc:xliff:matches:2.0", xliffDir.resolve("matches.xsd"),
                "http://www.w3.org/2005/11/its", xliffDir.resolve("its.xsd"));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver(new LocalResolver(byNamespace));
        factory.setErrorHandler(new Strict());
        Schema schema = factory.newSchema(new StreamSource[] {
                source(byNamespace.get("urn:oasis:names:tc:xliff:document:2.0")),
                source(byNamespace.get("urn:oasis:names:tc:xliff:metadata:2.0")),
                source(byNamespace.get("urn:oasis:names:tc:xliff:matches:2.0")),
                source(byNamespace.get("http://www.w3.org/2005/11/its"))});
        var validator = schema.newValidator();
        validator.setErrorHandler(new Strict());
        validator.validate(new StreamSource(new ByteArrayInputStream(xliff)));
    }

    /** Validates against the XLIFF 1.2 strict schema; its xml.xsd import points online and is mapped locally. */
    public void validateXliff12(byte[] xliff) throws Exception {
        Path xliffDir = dir.resolve("xliff1.2");
        Map<String, Path> byNamespace = Map.of(
                "http://www.w3.org/XML/1998/namespace", xliffDir.resolve("xml.xsd"),
                "urn:oasis:names:tc:xliff:document:1.2", xliffDir.resolve("xliff-core-1.2-strict.xsd"));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver(new LocalResolver(byNamespace));
        factory.setErrorHandler(new Strict());
        var validator = factory.newSchema(source(byNamespace.get("urn:oasis:names:tc:xliff:document:1.2"))).newValidator();
        validator.setErrorHandler(new Strict());
        validator.validate(new StreamSource(new ByteArrayInputStream(xliff)));
    }

    private static StreamSource source(Path file) {
        return new StreamSource(file.toFile());
    }

    /** Warnings pass, errors of any kind fail. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** Imports resolved by namespace to the local copies; an unknown one fails instead of going online. */
    private record LocalResolver(Map<String, Path> byNamespace) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId,
                String baseUri) {
            Path file = byNamespace.get(namespaceUri);
            if (file == null) {
                throw new IllegalStateException("Schema import of " + namespaceUri + " (" + systemId
                        + ") has no local copy; refusing to fetch it");
            }
            return new LocalInput(file, publicId);
        }
    }

    private record LocalInput(Path file, String publicId) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read schema " + file, e);
            }
        }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return file.toUri().toString(); }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
