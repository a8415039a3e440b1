package dev.hanbridge.app.job;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.common.Block;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.KnownSource;
import dev.hanbridge.store.SegmentedBlock;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.Ingestor;
import dev.hanbridge.ingest.SegmentedArticle;
import dev.hanbridge.ingest.Source;
import dev.hanbridge.ingest.UnreadableSourceException;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.KnownSource;
import dev.hanbridge.store.SegmentedBlock;
import dev.hanbridge.store.SourceClaims;

/**
 * The run's decisions about a source, with the reading left to the {@link Ingestor}: skip it when
 * an earlier run finished it (same content hash); take over an unfinished one; leave it to
 * another running run that claimed it; otherwise ingest it. A source that cannot be read becomes
 * a failed item with its reason, so one bad file never stops the run.
 */
class IngestProcessor implements ItemProcessor<Source, IngestItem> {

    private static final Logger log = LoggerFactory.getLogger(IngestProcessor.class);
    private static final String NO_CONTENT = KoreanText.sha256Hex(new byte[0]);

    private final ArticleStore articles;
    private final Ingestor ingestor;
    private final long runId;
    private final boolean machineTranslates;
    private final SourceClaims claims;

    /** @param claims keeps overlapping runs from ingesting one source twice; {@code null}: no other run */
    IngestProcessor(ArticleStore articles, Ingestor ingestor, long runId, boolean machineTranslates,
            SourceClaims claims) {
        this.articles = articles;
        this.ingestor = ingestor;
        this.runId = runId;
        this.machineTranslates = machineTranslates;
        this.claims = claims;
    }

    @Override
    public IngestItem process(Source source) {
        String sha;
        try {
            sha = ingestor.sha256(source);
        } catch (UnreadableSourceException e) {
            log.warn("cannot read {}: {}", source.uri(), e.reason());
            return new IngestItem.Failed(source.uri(), source.name(), NO_CONTENT, 1, null, e.getMessage());
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
            SegmentedArticle a = ingestor.ingest(source);
            return new IngestItem.Ingested(source.uri(), source.name(), sha, version, a.mediaType(), a.charset(),
                    a.title(), a.byline(), a.section(), a.publishedAt(), a.blocks().stream()
                            .map(b -> new SegmentedBlock(b.kind(), b.text(), b.segments())).toList());
        } catch (UnreadableSourceException e) {
            if (e.getCause() instanceof RuntimeException) {
                log.warn("extraction of {} failed", source.uri(), e.getCause());
            }
            return new IngestItem.Failed(source.uri(), source.name(), sha, version, null, e.getMessage());
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
                    ? new IngestItem.Claimed(known.articleId(), ArticleStatus.INGESTED, known.runId())
                    : null;
            case INGESTED, TRANSLATED -> new IngestItem.Claimed(known.articleId(), known.status(), known.runId());
        };
    }
}
