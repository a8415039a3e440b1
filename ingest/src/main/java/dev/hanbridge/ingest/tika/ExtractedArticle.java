package dev.hanbridge.ingest.tika;

import dev.hanbridge.common.Block;

import java.time.Instant;
import java.util.List;

/**
 * What extraction found in one source: the article's title, byline, section ({@code IT},
 * {@code 경제 > 금융}) and published time (each null when neither the body nor the document's
 * metadata says), the detected media type, the character set the text was decoded with (null for
 * binary formats such as DOCX or HWP) and the blocks in reading order.
 */
public record ExtractedArticle(String title, String byline, String section, Instant publishedAt, String mediaType,
        String charset, List<Block> blocks) {

    public ExtractedArticle {
        blocks = List.copyOf(blocks);
    }
}
