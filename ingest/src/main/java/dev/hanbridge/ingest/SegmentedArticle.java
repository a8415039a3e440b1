package dev.hanbridge.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What ingest makes of one source: the article's title, byline, section (the news site's, such as
 * {@code IT} or {@code 경제 > 금융}) and published time (each null when neither the body nor the
 * document's metadata says), the detected media type, the charset the text was decoded with (null
 * for binary formats such as DOCX or HWP), and its blocks in reading order, each split into
 * sentences (none without at least one).
 */
public record SegmentedArticle(String title, String byline, String section, Instant publishedAt, String mediaType,
        String charset, List<SegmentedBlock> blocks) {

    public SegmentedArticle {
        blocks = List.copyOf(blocks);
    }
}
