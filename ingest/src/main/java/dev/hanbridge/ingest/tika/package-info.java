/**
 * Extraction through one Tika AutoDetectParser, our parsers registered beside Tika's: detection
 * (by name where our parsers or the DOCX fast path allow), the XHTML of any parser turned into
 * blocks, and the article assembled from them ({@link dev.hanbridge.ingest.tika.ExtractedArticle}).
 * Internal to ingest.
 */
package dev.hanbridge.ingest.tika;
