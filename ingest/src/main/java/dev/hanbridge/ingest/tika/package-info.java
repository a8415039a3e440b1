/**
 * Extraction through one Tika AutoDetectParser, our parsers registered beside Tika's: detection
 * (by name where our parsers or the DOCX fast path allow), and the XHTML of any parser turned
 * into blocks. Internal to ingest.
 */
package dev.hanbridge.ingest.tika;
