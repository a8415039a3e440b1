/**
 * Text-level rules shared by every format: decoding bytes in legacy Korean encodings, telling
 * bylines, credits and captions from paragraphs, and assembling the article; the base of our
 * Tika parsers ({@link dev.hanbridge.ingest.text.ArticleParser}), the XHTML they write, and the
 * plain-text parser. Internal to ingest.
 */
package dev.hanbridge.ingest.text;
