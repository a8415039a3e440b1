package dev.hanbridge.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * One item of a feed the source walk met: its document ({@link dev.hanbridge.ingest.feed.FeedItemDocument})
 * held in memory while the walk is inside its feed.
 *
 * @param uri  the feed's URI, {@code !}, and the item's link (else its guid):
 *             {@code /srv/inbox/it.xml!https://news.example/a/1}; what the job knows the item by
 *             across fetches of the feed
 * @param name the item's title, for people and export file names
 */
record FeedItemSource(String uri, String name, byte[] document) implements Source {

    @Override
    public long size() {
        return document.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(document);
    }

    @Override
    public String toString() {
        return uri;
    }
}
