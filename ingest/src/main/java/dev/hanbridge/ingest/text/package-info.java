/**
 * Text-level rules shared by every format: decoding bytes in legacy Korean encodings, telling
 * bylines, credits and captions from paragraphs; the base of our Tika parsers
 * ({@link dev.hanbridge.ingest.text.ArticleParser}), the XHTML they write, and the plain-text
 * parser. Depends on no other package of ingest. Internal to ingest.
 */
package dev.hanbridge.ingest.text;
