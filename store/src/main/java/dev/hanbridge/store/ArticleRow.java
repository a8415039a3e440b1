package dev.hanbridge.store;

import java.time.Instant;

import dev.hanbridge.common.ArticleStatus;

/** One article as listings show it, with its segment counts. */
public record ArticleRow(long id, String sourceUri, String sourceName, int version, String mediaType, String title,
        ArticleStatus status, String failureReason, Long runId, String exportName, int segments, int translated,
        Instant updatedAt) {
}
