package dev.hanbridge.app.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dev.hanbridge.store.ArticleStore;

/** Stores what the ingest processor decided, in the chunk's transaction. */
class IngestWriter implements ItemWriter<IngestItem> {

    private final ArticleStore articles;
    private final long runId;

    IngestWriter(ArticleStore articles, long runId) {
        this.articles = articles;
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
            }
        }
    }
}
