package dev.hanbridge.ingest;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.feed.Feed;
import dev.hanbridge.ingest.feed.FeedItem;
import dev.hanbridge.ingest.feed.FeedItemDocument;
import dev.hanbridge.ingest.feed.FeedReader;
import dev.hanbridge.ingest.text.NotTextException;
import dev.hanbridge.ingest.text.TextDecoder;
import dev.hanbridge.ingest.text.TextLimit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Feeds met by the source walk, as sources: a file (or archive entry) named {@code .xml},
 * {@code .rss}, {@code .atom} or {@code .rdf} whose content starts like an RSS or Atom feed is
 * expanded into one source per item, the way an archive is expanded into its entries. A feed that
 * cannot be read becomes one rejected source saying why; an XML file that is no feed stays a source.
 */
final class FeedFile {

    /** Enough of the head to pass a declaration, comments and a stylesheet instruction. */
    private static final int HEAD = 4096;
    private static final int MAX_NAME = 100;

    private FeedFile() {
    }

    static boolean isFeedName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".rdf");
    }

    /** The source's content starts like a feed; a source that cannot be read is left for ingest to report. */
    static boolean startsLikeFeed(Source source) {
        try (InputStream in = source.open()) {
            return FeedReader.isFeed(in.readNBytes(HEAD));
        } catch (IOException e) {
            return false;
        }
    }

    /** The feed's items as sources, in the feed's order. */
    static Iterator<Source> itemsOf(Source feed) {
        long limit = TextLimit.DEFAULT.characters();
        Feed parsed;
        try (InputStream in = feed.open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                return rejected(feed, TextLimit.DEFAULT.reason());
            }
            parsed = FeedReader.read(TextDecoder.decode(bytes));
        } catch (NotTextException e) {
            return rejected(feed, "cannot read the feed: " + e.getMessage().replaceFirst("^not text: ", ""));
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return rejected(feed, "cannot read the feed (" + message + ")");
        }
        return parsed.items().stream()
                .map(item -> (Source) new FeedItemSource(feed.uri() + "!" + item.key(), name(item),
                        FeedItemDocument.of(item)))
                .iterator();
    }

    private static String name(FeedItem item) {
        String title = item.title() == null ? item.key() : KoreanText.normalize(item.title());
        return title.length() > MAX_NAME ? title.substring(0, MAX_NAME) : title;
    }

    private static Iterator<Source> rejected(Source feed, String reason) {
        return List.<Source>of(new RejectedSource(feed.uri(), feed.name(), reason)).iterator();
    }
}
