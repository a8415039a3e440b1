/**
 * Sources of documents (files, zip archives) and their ingestion into articles of typed blocks,
 * each split into sentences. The entry point is {@link dev.hanbridge.ingest.Ingestor}; sources
 * come from {@link dev.hanbridge.ingest.Sources}. {@link dev.hanbridge.ingest.ArticleExtractor}
 * (extraction without segmentation) and the archive guard ({@code archive}) are public for the
 * server's uploads and for tests; the other subpackages are the implementation, and none of them
 * depends on this one.
 */
package dev.hanbridge.ingest;
