package dev.hanbridge.app.job;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.common.Block;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.ArticleExtractor;
import dev.hanbridge.ingest.ExtractedArticle;
import dev.hanbridge.ingest.Source;
import dev.hanbridge.ingest.UnreadableSourceException;
import dev.hanbridge.ingest.segment.KoreanSentenceSegmenter;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.KnownSource;
import dev.hanbridge.store.SegmentedBlock;
import dev.hanbridge.store.SourceClaims;

/**
 * Decides what to do with a source: hash it; skip it when an earlier run finished it; take over
 * an unfinished one; otherwise extract and segment it. A source that cannot be read becomes a
 * failed item with a reason, so one bad file never stops the run.
 */
class IngestProcessor implements ItemProcessor<Source, IngestItem> {

    private static final Logger log = LoggerFactory.getLogger(IngestProcessor.class);

    private final ArticleStore articles;
    private final ArticleExtractor extractor;
    private final KoreanSentenceSegmenter segmenter;
    private final long runId;
    private final boolean machineTranslates;
    private final SourceClaims claims;

    IngestProcessor(ArticleStore articles, ArticleExtractor extractor, KoreanSentenceSegmenter segmenter, long runId,
            boolean machineTranslates) {
        this(articles, extractor, segmenter, runId, machineTranslates, null);
    }

    /** @param claims keeps overlapping runs from ingesting one source twice; {@code null}: no other run */
    IngestProcessor(ArticleStore articles, ArticleExtractor extractor, KoreanSentenceSegmenter segmenter, long runId,
            boolean machineTranslates, SourceClaims claims) {
        this.articles = articles;
        this.extractor = extractor;
        this.segmenter = segmenter;
        this.runId = runId;
        this.machineTranslates = machineTranslates;
        this.claims = claims;
    }

    @Override
    public IngestItem process(Source source) {
        String sha;
        try {
            sha = sha256(source);
        } catch (IOException e) {
            log.warn("cannot read {}: {}", source.uri(), e.getMessage());
            return new IngestItem.Failed(source.uri(), source.name(), KoreanText.sha256Hex(new byte[0]), 1, null,
                    source.name() + ": cannot be read (" + e.getMessage() + ")");
        }
        Optional<KnownSource> known = articles.findLatest(source.uri());
        if (known.isPresent() && known.get().contentSha256().equals(sha)) {
            IngestItem item = unchanged(known.get());
            return item instanceof IngestItem.Claimed && !claimed(source, sha) ? null : item;
        }
        if (!claimed(source, sha)) {
            return null;
        }
        int version = known.map(k -> k.version() + 1).orElse(1);
        try {
            ExtractedArticle article = extractor.extract(source);
            List<SegmentedBlock> blocks = new ArrayList<>(article.blocks().size());
            for (Block block : article.blocks()) {
                List<String> segments = segmenter.split(block.text());
                if (!segments.isEmpty()) {
                    blocks.add(new SegmentedBlock(block.kind(), block.text(), segments));
                }
            }
            if (blocks.isEmpty()) {
                return new IngestItem.Failed(source.uri(), source.name(), sha, version, article.mediaType(),
                        source.name() + ": no text found in the document");
            }
            return new IngestItem.Ingested(source.uri(), source.name(), sha, version, article.mediaType(),
                    article.charset(), article.title(), article.byline(), article.publishedAt(), blocks);
        } catch (UnreadableSourceException e) {
            return new IngestItem.Failed(source.uri(), source.name(), sha, version, null, e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug on a malformed file must not stop the run: record it and go on.
            log.warn("extraction of {} failed", source.uri(), e);
            return new IngestItem.Failed(source.uri(), source.name(), sha, version, null,
                    source.name() + ": could not be extracted (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** Whether this run may work on the source: no other running run has claimed it. */
    private boolean claimed(Source source, String sha) {
        if (claims == null || claims.claim(source.uri(), sha, runId)) {
            return true;
        }
        log.info("{} is being ingested by another run; left to it", source.uri());
        return false;
    }

    /** Unchanged source: skip what is finished, take over what an interrupted or earlier run left. */
    private IngestItem unchanged(KnownSource known) {
        if (known.runId() != null && known.runId() == runId) {
            return null; // already ours: this is a restarted ingest step
        }
        return switch (known.status()) {
            case FAILED -> null;
            case EXPORTED -> machineTranslates && known.untranslatedSegments() > 0
                    ? new IngestItem.Claimed(known.articleId(), ArticleStatus.INGESTED)
                    : null;
            case INGESTED, TRANSLATED -> new IngestItem.Claimed(known.articleId(), known.status());
        };
    }

    private static String sha256(Source source) throws IOException {
        MessageDigest digest = KoreanText.sha256();
        try (InputStream in = new DigestInputStream(source.open(), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
