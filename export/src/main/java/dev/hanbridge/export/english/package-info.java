/**
 * The English article alone, in the source's structure (headline, deck, byline, paragraphs,
 * captions, credits, lists, quotes), as Word, HTML and Markdown: what an editor publishes.
 */
package dev.hanbridge.export.english;
