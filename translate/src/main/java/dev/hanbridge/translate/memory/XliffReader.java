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
 * Reads the translations of an XLIFF file, 2.x (2.0, 2.1, 2.2: one core namespace) or 1.2, as
 * hanbridge exports it and a person reviews it in a CAT tool: one {@link TmEntry} per segment
 * (2.x) or trans-unit (1.2) that has a non-empty target, reviewed or not; the caller decides what
 * an unreviewed target is worth (for instance, whether it differs from what was exported).
 *
 * <p>Reviewed: {@code state="reviewed"} or {@code "final"} on a 2.x segment; {@code approved="yes"} on
 * a 1.2 trans-unit, or {@code state="final"} or {@code "signed-off"} on its target. A 1.2 unit that a
 * tool segmented ({@code seg-source} and {@code target} with {@code <mrk mtype="seg" mid="…">}) gives
 * one entry per {@code mid} present on both sides. Units marked {@code translate="no"} are passed over.
 *
 * <p>{@linkplain TmEntry#properties() Properties}, enough to find the segment a pair came from:
 * <ul>
 *   <li>2.x: {@code file} (file id), {@code unit}, {@code unit-type}, {@code segment}, {@code state},
 *   {@code note} (the unit's notes, one per line), and each {@code mda:meta} of the file, the groups and
 *   the unit as {@code category/type} (hanbridge writes {@code hanbridge:article/articleId},
 *   {@code hanbridge:segment/segmentKey}, {@code hanbridge:segment/segmentId},
 *   {@code hanbridge:segment/origin}, {@code hanbridge:segment/engine}). A {@code metaGroup} holding a
 *   {@code segmentKey} or {@code segmentId} meta applies to that segment only (whose id is the key, or
 *   in files exported before keys, {@code s<segmentId>}), so each segment gets its own origin.
 *   <li>1.2: {@code trans-unit}, {@code mid} (segmented units), {@code group} and {@code group-restype}
 *   of the innermost group, {@code state}, {@code state-qualifier}, {@code approved}, each
 *   {@code context} by its {@code context-type} (hanbridge writes {@code x-hanbridge-origin} and
 *   {@code x-hanbridge-engine}), {@code note}.
 * </ul>
 */
public final class XliffReader {

    private final String sourceLang;
    private final String targetLang;

    /**
     * @param sourceLang e.g. {@code ko}
     * @param targetLang e.g. {@code en}
     */
    public XliffReader(String sourceLang, String targetLang) {
        this.sourceLang = Objects.requireNonNull(sourceLang, "sourceLang");
        this.targetLang = Objects.requireNonNull(targetLang, "targetLang");
    }

    /**
     * Hands each translated segment of the file to {@code sink} as it is read; the stream is not closed.
     *
     * @param file the file's name, for messages
     * @throws ImportFileException when the file is not well-formed XML or not XLIFF 1.2 or 2.x, with the line
     */
    public TmReadSummary read(InputStream in, String file, Consumer<TmEntry> sink) {
        XMLStreamReader xml = XmlInput.open(in, file);
        try {
            String root = XmlInput.root(xml, file);
            if (!root.equals("xliff")) {
                throw new ImportFileException(file, XmlInput.line(xml),
                        "this is not XLIFF: its root element is <" + root + ">, not <xliff>.");
            }
            String version = XmlInput.attribute(xml, "version");
            Reading reading = new Reading(file, sink);
            if (version != null && version.startsWith("2.")) {
                new Xliff2(reading).document(xml);
            } else if (version != null && version.startsWith("1.")) {
                new Xliff12(reading).document(xml);
            } else {
                throw new ImportFileException(file, XmlInput.line(xml), "XLIFF version \"" + version
                        + "\" is not read; hanbridge reads XLIFF 1.2 and 2.x (2.0, 2.1, 2.2).");
            }
            return new TmReadSummary(reading.units, reading.entries, reading.withoutTarget, reading.languages);
        } catch (XMLStreamException e) {
            throw XmlInput.error(file, e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing is left to release that matters once the file has been read or has failed
            }
        }
    }

    /** Counts and hands on what the two dialects find. */
    private final class Reading {

        final String file;
        final Consumer<TmEntry> sink;
        final Set<String> languages = new LinkedHashSet<>();
        int units;
        int entries;
        int withoutTarget;

        Reading(String file, Consumer<TmEntry> sink) {
            this.file = file;
            this.sink = sink;
        }

        void pair(String source, String target, String srcLang, String trgLang, boolean reviewed, String original,
                String id, Map<String, String> properties, TranslationOrigin origin) {
            units++;
            if (target == null || target.isBlank() || source.isBlank()
                    || !XmlInput.matches(srcLang, sourceLang) || !XmlInput.matches(trgLang, targetLang)) {
                withoutTarget++;
                return;
            }
            sink.accept(new TmEntry(source, target, srcLang, trgLang, reviewed, origin, original, id, properties));
            entries++;
        }
    }

    /** XLIFF 2.x: xliff / file / (group /)* unit / segment. */
    private final class Xliff2 {

        private final Reading reading;
        private String srcLang;
        private String trgLang;

        Xliff2(Reading reading) {
            this.reading = reading;
        }

        void document(XMLStreamReader xml) throws XMLStreamException {
            srcLang = XmlInput.attribute(xml, "srcLang");
            trgLang = XmlInput.attribute(xml, "trgLang");
            if (srcLang == null) {
                throw new ImportFileException(reading.file, XmlInput.line(xml),
                        "<xliff> has no srcLang attribute, which XLIFF 2 requires.");
            }
            reading.languages.add(srcLang);
            if (trgLang != null) {
                reading.languages.add(trgLang);
            }
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("file")) {
                        Map<String, String> context = new LinkedHashMap<>();
                        put(context, "file", XmlInput.attribute(xml, "id"));
                        container(xml, XmlInput.attribute(xml, "original"), context);
                    } else {
                        XmlInput.skip(xml);
                    }
                }
            }
        }

        /** A file or group: its metadata applies to every unit inside. */
        private void container(XMLStreamReader xml, String original, Map<String, String> inherited)
                throws XMLStreamException {
            Map<String, String> context = new LinkedHashMap<>(inherited);
            XmlInput.eachChild(xml, name -> {
                switch (name) {
                    case "metadata" -> metaGroups(xml).forEach(group -> context.putAll(group.metas()));
                    case "group" -> container(xml, original, context);
                    case "unit" -> unit(xml, original, context);
                    default -> XmlInput.skip(xml);
                }
            });
        }

        private void unit(XMLStreamReader xml, String original, Map<String, String> inherited)
                throws XMLStreamException {
            String unitId = XmlInput.attribute(xml, "id");
            String type = XmlInput.attribute(xml, "type");
            boolean translate = !"no".equals(XmlInput.attribute(xml, "translate"));
            List<MetaGroup> groups = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            List<Segment> segments = new ArrayList<>();
            XmlInput.eachChild(xml, name -> {
                switch (name) {
                    case "metadata" -> groups.addAll(metaGroups(xml));
                    case "notes" -> notes.addAll(notes(xml));
                    case "segment" -> segments.add(segment(xml));
                    default -> XmlInput.skip(xml);
                }
            });
            if (!translate) {
                return;
            }
            for (Segment segment : segments) {
                Map<String, String> properties = new LinkedHashMap<>(inherited);
                put(properties, "unit", unitId);
                put(properties, "unit-type", type);
                put(properties, "segment", segment.id());
                put(properties, "state", segment.state());
                for (MetaGroup group : groups) {
                    if (group.appliesTo(segment.id())) {
                        properties.putAll(group.metas());
                    }
                }
                if (!notes.isEmpty()) {
                    properties.put("note", String.join("\n", notes));
                }
                boolean reviewed = "reviewed".equals(segment.state()) || "final".equals(segment.state());
                reading.pair(segment.source(), segment.target(), srcLang,
                        segment.targetLang() != null ? segment.targetLang() : trgLang, reviewed, original,
                        segment.id(), properties, origin(properties.get("hanbridge:segment/origin")));
            }
        }

        private Segment segment(XMLStreamReader xml) throws XMLStreamException {
            String id = XmlInput.attribute(xml, "id");
            String state = XmlInput.attribute(xml, "state");
            String source = "";
            String target = null;
            String targetLang = null;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "source" -> source = InlineText.read(xml).whole();
                        case "target" -> {
                            targetLang = XmlInput.language(xml);
                            if (targetLang != null) {
                                reading.languages.add(targetLang);
                            }
                            target = InlineText.read(xml).whole();
                        }
                        default -> XmlInput.skip(xml);
                    }
                }
            }
            return new Segment(id, state == null ? "initial" : state, source, target, targetLang);
        }

        /** The {@code metaGroup}s of an {@code mda:metadata}, nested ones flattened. */
        private List<MetaGroup> metaGroups(XMLStreamReader xml) throws XMLStreamException {
            List<MetaGroup> groups = new ArrayList<>();
            XmlInput.eachChild(xml, name -> {
                if (name.equals("metaGroup")) {
                    metaGroup(xml, XmlInput.attribute(xml, "category"), groups);
                } else {
                    XmlInput.skip(xml);
                }
            });
            return groups;
        }

        private void metaGroup(XMLStreamReader xml, String category, List<MetaGroup> groups) throws XMLStreamException {
            Map<String, String> metas = new LinkedHashMap<>();
            Set<String> segmentIds = new LinkedHashSet<>();
            XmlInput.eachChild(xml, name -> {
                if (name.equals("meta")) {
                    String type = XmlInput.attribute(xml, "type");
                    String value = XmlInput.text(xml);
                    metas.put(category == null ? type : category + "/" + type, value);
                    if ("segmentId".equals(type) || "segmentKey".equals(type)) {
                        segmentIds.add(value.strip());
                    }
                } else if (name.equals("metaGroup")) {
                    String inner = XmlInput.attribute(xml, "category");
                    metaGroup(xml, inner != null ? inner : category, groups);
                } else {
                    XmlInput.skip(xml);
                }
            });
            groups.add(new MetaGroup(metas, segmentIds));
        }

        private List<String> notes(XMLStreamReader xml) throws XMLStreamException {
            List<String> notes = new ArrayList<>();
            XmlInput.eachChild(xml, name -> {
                if (name.equals("note")) {
                    notes.add(XmlInput.text(xml));
                } else {
                    XmlInput.skip(xml);
                }
            });
            return notes;
        }
    }

    /** XLIFF 1.2: xliff / file / body / (group /)* trans-unit. */
    private final class Xliff12 {

        private final Reading reading;

        Xliff12(Reading reading) {
            this.reading = reading;
        }

        void document(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("file")) {
                        file(xml);
                    } else {
                        XmlInput.skip(xml);
                    }
                }
            }
        }

        private void file(XMLStreamReader xml) throws XMLStreamException {
            String original = XmlInput.attribute(xml, "original");
            String srcLang = XmlInput.attribute(xml, "source-language");
            String trgLang = XmlInput.attribute(xml, "target-language");
            if (srcLang == null) {
                throw new ImportFileException(reading.file, XmlInput.line(xml),
                        "<file> has no source-language attribute, which XLIFF 1.2 requires.");
            }
            reading.languages.add(srcLang);
            if (trgLang != null) {
                reading.languages.add(trgLang);
            }
            Languages languages = new Languages(srcLang, trgLang, original);
            XmlInput.eachChild(xml, name -> {
                if (name.equals("body")) {
                    group(xml, languages, Map.of());
                } else {
                    XmlInput.skip(xml);
                }
            });
        }

        /** The body or a group, down to its trans-units. */
        private void group(XMLStreamReader xml, Languages languages, Map<String, String> inherited)
                throws XMLStreamException {
            XmlInput.eachChild(xml, name -> {
                switch (name) {
                    case "group" -> {
                        Map<String, String> context = new LinkedHashMap<>(inherited);
                        put(context, "group", XmlInput.attribute(xml, "id"));
                        put(context, "group-restype", XmlInput.attribute(xml, "restype"));
                        group(xml, languages, context);
                    }
                    case "trans-unit" -> transUnit(xml, languages, inherited);
                    default -> XmlInput.skip(xml);
                }
            });
        }

        private void transUnit(XMLStreamReader xml, Languages languages, Map<String, String> inherited)
                throws XMLStreamException {
            String id = XmlInput.attribute(xml, "id");
            String approved = XmlInput.attribute(xml, "approved");
            boolean translate = !"no".equals(XmlInput.attribute(xml, "translate"));
            Map<String, String> properties = new LinkedHashMap<>(inherited);
            put(properties, "trans-unit", id);
            put(properties, "approved", approved);
            InlineText.Text source = null;
            InlineText.Text segmentedSource = null;
            InlineText.Text target = null;
            String trgLang = languages.target();
            String state = null;
            List<String> notes = new ArrayList<>();
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "source" -> source = InlineText.read(xml);
                        case "seg-source" -> segmentedSource = InlineText.read(xml);
                        case "target" -> {
                            state = XmlInput.attribute(xml, "state");
                            put(properties, "state", state);
                            put(properties, "state-qualifier", XmlInput.attribute(xml, "state-qualifier"));
                            String lang = XmlInput.language(xml);
                            if (lang != null) {
                                trgLang = lang;
                                reading.languages.add(lang);
                            }
                            target = InlineText.read(xml);
                        }
                        case "context-group" -> contexts(xml, properties);
                        case "note" -> notes.add(XmlInput.text(xml));
                        default -> XmlInput.skip(xml); // alt-trans holds other targets: not this unit's
                    }
                }
            }
            if (!translate || source == null) {
                return;
            }
            if (!notes.isEmpty()) {
                properties.put("note", String.join("\n", notes));
            }
            boolean reviewed = "yes".equals(approved) || "final".equals(state) || "signed-off".equals(state);
            TranslationOrigin origin = origin(properties.get("x-hanbridge-origin"));
            if (segmentedSource != null && !segmentedSource.segments().isEmpty()
                    && target != null && !target.segments().isEmpty()) {
                for (Map.Entry<String, String> segment : segmentedSource.segments().entrySet()) {
                    Map<String, String> segmentProperties = new LinkedHashMap<>(properties);
                    segmentProperties.put("mid", segment.getKey());
                    reading.pair(segment.getValue(), target.segments().get(segment.getKey()), languages.source(),
                            trgLang, reviewed, languages.original(), id, segmentProperties, origin);
                }
            } else {
                reading.pair(source.whole(), target == null ? null : target.whole(), languages.source(), trgLang,
                        reviewed, languages.original(), id, properties, origin);
            }
        }

        private void contexts(XMLStreamReader xml, Map<String, String> properties) throws XMLStreamException {
            XmlInput.eachChild(xml, name -> {
                if (name.equals("context")) {
                    String type = XmlInput.attribute(xml, "context-type");
                    put(properties, type == null ? "context" : type, XmlInput.text(xml));
                } else {
                    XmlInput.skip(xml);
                }
            });
        }
    }

    private static void put(Map<String, String> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }

    private static TranslationOrigin origin(String value) {
        if (value == null) {
            return null;
        }
        try {
            return TranslationOrigin.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null; // not a value hanbridge writes: the file says nothing we understand
        }
    }

    private record Segment(String id, String state, String source, String target, String targetLang) {
    }

    /**
     * @param segmentIds the database id and the key of the one segment the group describes (hanbridge's
     *     per-segment metadata); empty when it describes the whole unit
     */
    private record MetaGroup(Map<String, String> metas, Set<String> segmentIds) {
        boolean appliesTo(String segment) {
            return segmentIds.isEmpty() || segmentIds.contains(segment)
                    || (segment != null && segment.startsWith("s") && segmentIds.contains(segment.substring(1)));
        }
    }

    private record Languages(String source, String target, String original) {
    }
}
