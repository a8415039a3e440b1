package dev.hanbridge.store;

import java.time.Instant;

import dev.hanbridge.common.ArticleStatus;

/**
 * One article as listings show it, with its segment counts.
 *
 * @param contentSha256 lower-case hex SHA-256 of the source's bytes
 */
public record ArticleRow(long id, String sourceUri, String sourceName, int version, String mediaType, String title,
        ArticleStatus status, String failureReason, Long runId, String exportName, int segments, int translated,
        Instant updatedAt, String contentSha256) {
}
