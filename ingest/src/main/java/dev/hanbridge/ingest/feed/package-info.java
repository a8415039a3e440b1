/**
 * RSS 2.0 (and 0.9x, 1.0) and Atom feeds: reading a feed into its items, each item as a document of
 * its own (a one-item RSS document, what the source walk hands to ingest as a feed item source),
 * and the Tika parser that makes an article of such a document, or of a whole feed read as one.
 * Feeds are decoded by our {@code TextDecoder} (byte-order mark, XML declaration, CP949 for EUC-KR),
 * not by an XML parser: Korean feeds declare {@code euc-kr} over CP949 bytes, which a strict one
 * rejects. Internal to ingest.
 */
package dev.hanbridge.ingest.feed;
