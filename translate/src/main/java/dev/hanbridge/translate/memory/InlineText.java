package dev.hanbridge.translate.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a TMX {@code seg} or an XLIFF {@code source}/{@code target}: character data kept, and the
 * content of the elements that hold the original document's codes (TMX and XLIFF 1.2 {@code bpt},
 * {@code ept}, {@code it}, {@code ph}, {@code ut}; XLIFF 2 has empty code elements) dropped with
 * everything inside them, {@code sub} included. Elements that wrap text ({@code hi}, {@code g},
 * {@code pc}, {@code mrk}) keep it. An XLIFF 2 {@code cp} becomes its character again.
 *
 * <p>XLIFF 1.2 tools that segment a trans-unit wrap each sentence in {@code <mrk mtype="seg" mid="…">};
 * those come back one by one in {@link Text#segments()}.
 */
final class InlineText {

    static final Set<String> CODES = Set.of("bpt", "ept", "it", "ph", "ut", "sub");

    private InlineText() {
    }

    /** Reads from the current start tag to its end tag. */
    static Text read(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder whole = new StringBuilder();
        Map<String, StringBuilder> segments = new LinkedHashMap<>();
        StringBuilder segment = null;
        int segmentDepth = -1;
        int depth = 1;
        int dropDepth = 0; // > 0 inside a code element
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (dropDepth > 0 || CODES.contains(name)) {
                    dropDepth++;
                } else if (name.equals("cp")) {
                    String hex = XmlInput.attribute(xml, "hex");
                    if (hex != null) {
                        append(Character.toString(Integer.parseInt(hex, 16)), whole, segment);
                    }
                } else if (name.equals("mrk") && "seg".equals(XmlInput.attribute(xml, "mtype")) && segment == null) {
                    segment = new StringBuilder();
                    segments.put(String.valueOf(XmlInput.attribute(xml, "mid")), segment);
                    segmentDepth = depth;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (dropDepth > 0) {
                    dropDepth--;
                }
                if (depth == segmentDepth) {
                    segment = null;
                    segmentDepth = -1;
                }
                depth--;
            } else if (dropDepth == 0 && XmlInput.isText(event)) {
                append(xml.getText(), whole, segment);
            }
        }
        Map<String, String> bySegment = new LinkedHashMap<>();
        segments.forEach((mid, text) -> bySegment.put(mid, text.toString()));
        return new Text(whole.toString(), bySegment);
    }

    private static void append(String text, StringBuilder whole, StringBuilder segment) {
        whole.append(text);
        if (segment != null) {
            segment.append(text);
        }
    }

    /**
     * @param segments the text of each {@code mrk mtype="seg"} by its {@code mid}, in order; empty when
     *     the element is not segmented
     */
    record Text(String whole, Map<String, String> segments) {
    }
}
