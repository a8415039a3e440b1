package dev.hanbridge.store;

import dev.hanbridge.common.ArticleStatus;

/** The latest stored version of a source, as the ingest step needs it to decide new/changed/unchanged. */
public record KnownSource(long articleId, String contentSha256, int version, ArticleStatus status, Long runId,
        int untranslatedSegments) {
}
