package dev.hanbridge.app.job;

import java.time.Instant;
import java.util.List;

import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.store.SegmentedBlock;

/** What the ingest processor decided about one source, for the writer to store. */
sealed interface IngestItem {

    /** A new source, or a changed version of a known one. */
    record Ingested(String uri, String name, String sha256, int version, String mediaType, String charset,
            String title, String byline, String section, Instant publishedAt, List<SegmentedBlock> blocks)
            implements IngestItem {
    }

    /** A source that could not be read. */
    record Failed(String uri, String name, String sha256, int version, String mediaType, String reason)
            implements IngestItem {
    }

    /**
     * An unchanged source stored earlier whose work is not finished: this run takes it over from
     * {@code fromRun} (the run that had it, {@code null} if none).
     */
    record Claimed(long articleId, ArticleStatus status, Long fromRun) implements IngestItem {
    }
}
