package dev.hanbridge.common;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.hanbridge.common.text.KoreanText;

/**
 * The names exports give segments, which survive a new version of the article: {@code k}, the first
 * 12 hex digits of the SHA-256 of the normalised source ({@link KoreanText#hash}), {@code _} and how
 * many segments of the article before it have the same digits, e.g. {@code k3f9a1c2b7d40_0}. Adding,
 * removing or editing a sentence leaves every other sentence's key as it was (only a repeat of the
 * same sentence further down shifts), so a file reviewed against one version matches the next by
 * key; database ids, by contrast, are new for every version.
 *
 * <p>The count makes keys unique within an article even for two sentences whose digits agree.
 */
public final class SegmentKeys {

    private static final int DIGITS = 12;

    private SegmentKeys() {
    }

    /** Each segment's key by segment id, in reading order. */
    public static Map<Long, String> of(BilingualArticle article) {
        Map<Long, String> keys = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (BilingualBlock block : article.blocks()) {
            for (SegmentPair segment : block.segments()) {
                String digits = KoreanText.hash(segment.source()).substring(0, DIGITS);
                int before = seen.merge(digits, 1, Integer::sum) - 1;
                keys.put(segment.segmentId(), "k" + digits + "_" + before);
            }
        }
        return keys;
    }
}
