/**
 * Sources of documents (files, zip archives) and their extraction into articles made of typed
 * blocks. The public surface is {@link dev.hanbridge.ingest.Sources}, {@link dev.hanbridge.ingest.Source},
 * {@link dev.hanbridge.ingest.ArticleExtractor}, {@link dev.hanbridge.ingest.ExtractedArticle} and
 * {@link dev.hanbridge.ingest.UnreadableSourceException}; the subpackages are its implementation.
 */
package dev.hanbridge.ingest;
