package dev.hanbridge.common;

import java.time.Instant;
import java.util.List;

/**
 * An article with every segment aligned to its translation (or to nothing yet): what exporters
 * write.
 *
 * @param id database id of the article version
 * @param sourceUri where the source came from (a file path, or {@code zip-path!/entry})
 * @param name a file-system-safe base name for this article's export files, unique in a run
 * @param section the news site's section ({@code IT}, {@code 경제 > 금융}); {@code null} when the source does not say
 * @param publishedAt {@code null} when the source does not say
 * @param sourceLang BCP 47 tag of the source, {@code ko}
 * @param targetLang BCP 47 tag of the target, e.g. {@code en} or {@code en-US}
 */
public record BilingualArticle(long id, String sourceUri, String name, String title, String byline, String section,
        Instant publishedAt, String sourceLang, String targetLang, List<BilingualBlock> blocks) {

    public BilingualArticle {
        blocks = List.copyOf(blocks);
    }

    /** An article whose source names no section. */
    public BilingualArticle(long id, String sourceUri, String name, String title, String byline, Instant publishedAt,
            String sourceLang, String targetLang, List<BilingualBlock> blocks) {
        this(id, sourceUri, name, title, byline, null, publishedAt, sourceLang, targetLang, blocks);
    }

    public long segmentCount() {
        return blocks.stream().mapToLong(b -> b.segments().size()).sum();
    }

    public long translatedCount() {
        return blocks.stream().flatMap(b -> b.segments().stream()).filter(SegmentPair::translated).count();
    }
}
