package dev.hanbridge.ingest.feed;

/**
 * One item of a feed, as the feed gives it; fields it lacks are null.
 *
 * @param key       what identifies the item across fetches of its feed: its link, else its guid or
 *                  Atom id, else a hash of its title and text
 * @param published the date as the feed writes it (RFC 822 for RSS, ISO-8601 for Atom)
 * @param content   the fullest text the feed carries ({@code content:encoded}, Atom {@code content},
 *                  else {@code description} or {@code summary}): HTML, or plain text when {@code html} is false
 * @param category  the item's first category, often the site's section
 */
public record FeedItem(String key, String title, String link, String published, String author, String category,
        String content, boolean html) {
}
