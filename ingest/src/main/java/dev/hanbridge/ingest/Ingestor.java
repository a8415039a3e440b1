package dev.hanbridge.ingest;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.segment.KoreanSentenceSegmenter;
import dev.hanbridge.ingest.tika.ExtractedArticle;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The way into ingest: a source in, a segmented article out, or an {@link UnreadableSourceException}
 * whose reason a person can act on. Two steps, because a batch job decides between them:
 * {@link #sha256} reads the source once to identify its content (an unchanged source already
 * ingested is skipped without being parsed, and overlapping runs claim a source by it), then
 * {@link #ingest} extracts its structure and splits each block into Korean sentences.
 *
 * <p>Thread-safe, and meant to be shared: building one loads Tika's parsers.
 */
public final class Ingestor {

    private final ArticleExtractor extractor;
    private final KoreanSentenceSegmenter segmenter;

    public Ingestor() {
        this(new ArticleExtractor(), new KoreanSentenceSegmenter());
    }

    Ingestor(ArticleExtractor extractor, KoreanSentenceSegmenter segmenter) {
        this.extractor = extractor;
        this.segmenter = segmenter;
    }

    /** The SHA-256 of the source's bytes, in hex; an archive entry is read through the archive guard. */
    public String sha256(Source source) throws UnreadableSourceException {
        if (source instanceof RejectedSource rejected) {
            throw new UnreadableSourceException(source.name(), rejected.reason());
        }
        MessageDigest digest = KoreanText.sha256();
        // Sized to the source: a 64 KB buffer for every article of a few KB was the ingest step's
        // largest allocation after the database's (a profile of bench/cli.sh's run).
        long size = source.size();
        byte[] buffer = new byte[size >= 0 && size < 64 * 1024 ? (int) Math.max(size + 1, 512) : 64 * 1024];
        try (InputStream in = source.open()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw ArticleExtractor.unreadable(source.name(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The source's article, its blocks split into sentences. */
    public SegmentedArticle ingest(Source source) throws UnreadableSourceException {
        ExtractedArticle article;
        try {
            article = extractor.extract(source);
        } catch (RuntimeException e) {
            // A parser bug on a malformed file must not stop a run: it fails this source only.
            throw new UnreadableSourceException(source.name(), "could not be extracted (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        List<SegmentedBlock> blocks = new ArrayList<>(article.blocks().size());
        for (Block block : article.blocks()) {
            List<String> segments = segmenter.split(block.text());
            if (!segments.isEmpty()) {
                blocks.add(new SegmentedBlock(block.kind(), block.text(), segments));
            }
        }
        if (blocks.isEmpty()) {
            throw new UnreadableSourceException(source.name(), "no text found in the document");
        }
        return new SegmentedArticle(article.title(), article.byline(), article.section(), article.publishedAt(),
                article.mediaType(), article.charset(), blocks);
    }
}
