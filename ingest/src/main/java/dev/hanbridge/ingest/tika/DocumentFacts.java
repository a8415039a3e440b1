package dev.hanbridge.ingest.tika;

import java.time.Instant;

/**
 * What a document's metadata says about its article, each null when it does not say.
 *
 * @param statedPublished a publication time the document states as such (a news page's
 *                        {@code article:published_time}, a feed item's date): it wins over a printed one
 * @param fileDate        when the file was created or last saved: used only when nothing else says
 */
record DocumentFacts(String title, String author, String section, Instant statedPublished, Instant fileDate,
        String mediaType, String charset, String sourceName) {
}
