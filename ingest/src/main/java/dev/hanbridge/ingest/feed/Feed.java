package dev.hanbridge.ingest.feed;

import java.util.List;

/** A feed's title and its items in the feed's order, at most one per key. */
public record Feed(String title, List<FeedItem> items) {

    public Feed {
        items = List.copyOf(items);
    }
}
