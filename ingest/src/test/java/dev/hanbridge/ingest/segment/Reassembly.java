package dev.hanbridge.ingest.segment;

import dev.hanbridge.common.text.KoreanText;

import java.util.List;

/**
 * The segmenter's contract checked on one input: segments in order, separated only by the
 * input's own whitespace, rebuild the input exactly; none is empty or has space at its ends.
 */
final class Reassembly {

    private Reassembly() {
    }

    /** Null when the segments reassemble {@code input}; otherwise what went wrong, and where. */
    static String problem(String input, List<String> segments) {
        int pos = 0;
        for (int s = 0; s < segments.size(); s++) {
            String seg = segments.get(s);
            if (seg.isEmpty()) {
                return "segment " + s + " is empty";
            }
            if (KoreanText.isSpace(seg.charAt(0)) || KoreanText.isSpace(seg.charAt(seg.length() - 1))) {
                return "segment " + s + " is not trimmed: [" + seg + "]";
            }
            // Segments may also touch, with no space between them: 했다.그런데
            while (pos < input.length() && KoreanText.isSpace(input.charAt(pos))) {
                pos++;
            }
            if (!input.startsWith(seg, pos)) {
                return "segment " + s + " [" + seg + "] does not continue the input at offset " + pos;
            }
            pos += seg.length();
        }
        while (pos < input.length()) {
            if (!KoreanText.isSpace(input.charAt(pos))) {
                return "text after the last segment is lost, from offset " + pos;
            }
            pos++;
        }
        return null;
    }
}
