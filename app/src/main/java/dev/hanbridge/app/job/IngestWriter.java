package dev.hanbridge.app.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.RunStore;

/**
 * Stores what the ingest processor decided, in the chunk's transaction. A failed run whose
 * article this run takes over is marked as taken over by this run, so that it is not offered for
 * a restart that would find nothing left to do.
 */
class IngestWriter implements ItemWriter<IngestItem> {

    private final ArticleStore articles;
    private final RunStore runs;
    private final long runId;

    IngestWriter(ArticleStore articles, RunStore runs, long runId) {
        this.articles = articles;
        this.runs = runs;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends IngestItem> chunk) {
        for (IngestItem item : chunk) {
            if (item instanceof IngestItem.Ingested a) {
                articles.insertIngested(runId, a.uri(), a.name(), a.sha256(), a.version(), a.mediaType(), a.charset(),
                        a.title(), a.byline(), a.section(), a.publishedAt(), a.blocks());
            } else if (item instanceof IngestItem.Failed f) {
                articles.insertFailed(runId, f.uri(), f.name(), f.sha256(), f.version(), f.mediaType(), f.reason());
            } else if (item instanceof IngestItem.Claimed c) {
                articles.claim(c.articleId(), runId, c.status());
                if (c.fromRun() != null && c.fromRun() != runId) {
                    runs.markTakenOver(c.fromRun(), runId);
                }
            }
        }
    }
}
