/**
 * Text-level rules shared by every format: decoding bytes in legacy Korean encodings, telling
 * bylines, credits and captions from paragraphs, and assembling the article. Internal to ingest.
 */
package dev.hanbridge.ingest.text;
