/** Extraction through Apache Tika's AutoDetectParser, keeping the structure of its XHTML events. Internal to ingest. */
package dev.hanbridge.ingest.tika;
