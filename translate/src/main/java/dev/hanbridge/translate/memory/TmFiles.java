package dev.hanbridge.translate.memory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a memory file whatever its extension, by its root element: {@code <tmx>} or {@code <xliff>}. */
public final class TmFiles {

    private TmFiles() {
    }

    /**
     * @throws ImportFileException when the file is neither TMX nor XLIFF, or cannot be parsed
     * @throws IOException when the file cannot be read
     */
    public static TmReadSummary read(Path file, String sourceLang, String targetLang, Consumer<TmEntry> sink)
            throws IOException {
        String name = file.toString();
        String root = root(file, name);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return switch (root) {
                case "tmx" -> new TmxReader(sourceLang, targetLang).read(in, name, sink);
                case "xliff" -> new XliffReader(sourceLang, targetLang).read(in, name, sink);
                default -> throw new ImportFileException(name, 0, "neither TMX nor XLIFF: the root element is <" + root
                        + ">. Import a .tmx file, or an .xlf/.xliff file that hanbridge exported.");
            };
        }
    }

    /**
     * The file's root element, {@code tmx} or {@code xliff} for the files {@link #read} reads.
     *
     * @throws ImportFileException when the file is not well-formed XML
     */
    public static String rootElement(Path file) throws IOException {
        return root(file, file.toString());
    }

    private static String root(Path file, String name) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader xml = XmlInput.open(in, name);
            try {
                return XmlInput.root(xml, name);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw XmlInput.error(name, e);
        }
    }
}
