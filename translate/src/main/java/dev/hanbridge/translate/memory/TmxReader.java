package dev.hanbridge.translate.memory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.hanbridge.common.TranslationOrigin;

/**
 * Reads TMX 1.4b as CAT tools write it (Trados, memoQ, OmegaT, Okapi, and hanbridge): for each
 * {@code tu}, the first {@code tuv} in the source language and every {@code tuv} in the target
 * language give one {@link TmEntry} each. Languages match ignoring case and region ({@code ko} reads
 * {@code ko-KR} and {@code KO-KR}), from {@code xml:lang} or the {@code lang} of TMX 1.1. Inline codes
 * ({@code bpt}, {@code ept}, {@code it}, {@code ph}, {@code ut}) are dropped with their content, the
 * text of {@code hi} is kept. UTF-8 and UTF-16 files, with or without a byte-order mark, are read;
 * external entities and DTDs never are (see {@link XmlInput}).
 *
 * <p>An entry's {@linkplain TmEntry#properties() properties} are the {@code tu}'s props by type (a
 * type given twice keeps both values, one per line), the target {@code tuv}'s props over them,
 * {@code creationdate}, {@code changedate}, {@code creationid} and {@code changeid} of the target
 * {@code tuv} or else of the {@code tu}, {@code note} (all notes, one per line) and {@code creationtool}
 * from the header.
 */
public final class TmxReader {

    private static final String ORIGIN_PROP = "x-hanbridge-origin";
    private static final String SOURCE_URI_PROP = "x-hanbridge-source-uri";
    private static final List<String> STAMPS = List.of("creationdate", "changedate", "creationid", "changeid");

    private final String sourceLang;
    private final String targetLang;

    /**
     * @param sourceLang e.g. {@code ko}
     * @param targetLang e.g. {@code en} or {@code en-GB}
     */
    public TmxReader(String sourceLang, String targetLang) {
        this.sourceLang = Objects.requireNonNull(sourceLang, "sourceLang");
        this.targetLang = Objects.requireNonNull(targetLang, "targetLang");
    }

    /**
     * Hands each pair of the file to {@code sink} as it is read; the stream is not closed.
     *
     * @param file the file's name, for messages
     * @throws ImportFileException when the file is not well-formed XML or not TMX, with the line
     */
    public TmReadSummary read(InputStream in, String file, Consumer<TmEntry> sink) {
        XMLStreamReader xml = XmlInput.open(in, file);
        try {
            String root = XmlInput.root(xml, file);
            if (!root.equals("tmx")) {
                throw new ImportFileException(file, XmlInput.line(xml),
                        "this is not TMX: its root element is <" + root + ">, not <tmx>.");
            }
            Reading reading = new Reading(file, sink);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "header" -> reading.tool = XmlInput.attribute(xml, "creationtool");
                        case "tu" -> reading.unit(xml);
                        default -> {
                        }
                    }
                }
            }
            return new TmReadSummary(reading.units, reading.entries, reading.withoutTarget, reading.languages);
        } catch (XMLStreamException e) {
            throw XmlInput.error(file, e);
        } finally {
            close(xml);
        }
    }

    private final class Reading {

        private final String file;
        private final Consumer<TmEntry> sink;
        private final Set<String> languages = new LinkedHashSet<>();
        private String tool;
        private int units;
        private int entries;
        private int withoutTarget;

        Reading(String file, Consumer<TmEntry> sink) {
            this.file = file;
            this.sink = sink;
        }

        /** Reads one {@code tu}, from its start tag to its end tag. */
        void unit(XMLStreamReader xml) throws XMLStreamException {
            units++;
            String tuid = XmlInput.attribute(xml, "tuid");
            Map<String, String> properties = new LinkedHashMap<>();
            stamps(xml, properties);
            List<Variant> variants = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            XmlInput.eachChild(xml, name -> {
                switch (name) {
                    case "prop" -> addProp(properties, XmlInput.attribute(xml, "type"), XmlInput.text(xml));
                    case "note" -> notes.add(XmlInput.text(xml));
                    case "tuv" -> variants.add(variant(xml));
                    default -> XmlInput.skip(xml);
                }
            });
            if (!notes.isEmpty()) {
                properties.put("note", String.join("\n", notes));
            }
            if (tool != null) {
                properties.putIfAbsent("creationtool", tool);
            }
            Variant source = variants.stream()
                    .filter(v -> XmlInput.matches(v.lang(), sourceLang) && !v.text().isBlank())
                    .findFirst().orElse(null);
            boolean any = false;
            for (Variant target : variants) {
                if (source != null && XmlInput.matches(target.lang(), targetLang) && !target.text().isBlank()) {
                    any = true;
                    emit(tuid, source, target, properties);
                }
            }
            if (!any) {
                withoutTarget++;
            }
        }

        private void emit(String tuid, Variant source, Variant target, Map<String, String> unitProperties) {
            Map<String, String> properties = new LinkedHashMap<>(unitProperties);
            properties.putAll(target.properties());
            TranslationOrigin origin = origin(properties.get(ORIGIN_PROP));
            boolean reviewed = origin == null || origin == TranslationOrigin.HUMAN;
            sink.accept(new TmEntry(source.text(), target.text(), source.lang(), target.lang(), reviewed, origin,
                    properties.get(SOURCE_URI_PROP), tuid, properties));
            entries++;
        }

        private Variant variant(XMLStreamReader xml) throws XMLStreamException {
            String lang = XmlInput.language(xml);
            if (lang == null) {
                throw new ImportFileException(file, XmlInput.line(xml),
                        "a <tuv> has no xml:lang (or lang) attribute, so its language is unknown. Every <tuv> needs one.");
            }
            languages.add(lang);
            Map<String, String> properties = new LinkedHashMap<>();
            stamps(xml, properties);
            String text = "";
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "seg" -> text = InlineText.read(xml).whole();
                        case "prop" -> addProp(properties, XmlInput.attribute(xml, "type"), XmlInput.text(xml));
                        default -> XmlInput.skip(xml);
                    }
                }
            }
            return new Variant(lang, text, properties);
        }
    }

    private static void stamps(XMLStreamReader xml, Map<String, String> properties) {
        for (String stamp : STAMPS) {
            String value = XmlInput.attribute(xml, stamp);
            if (value != null) {
                properties.put(stamp, value);
            }
        }
    }

    private static void addProp(Map<String, String> properties, String type, String value) {
        String key = type == null ? "prop" : type;
        properties.merge(key, value, (old, added) -> old + "\n" + added);
    }

    private static TranslationOrigin origin(String value) {
        if (value == null) {
            return null;
        }
        try {
            return TranslationOrigin.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null; // a value we never wrote: the file says nothing we understand
        }
    }

    private static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader frees nothing that matters once the file has been read or has failed
        }
    }

    private record Variant(String lang, String text, Map<String, String> properties) {
    }
}
