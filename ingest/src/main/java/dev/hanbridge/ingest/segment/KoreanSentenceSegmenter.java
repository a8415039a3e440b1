package dev.hanbridge.ingest.segment;
import java.util.*;
/** STAND-IN (replaced by the segmenter branch). */
public final class KoreanSentenceSegmenter {
    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.strip().split("(?<=[.!?])\\s+")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
