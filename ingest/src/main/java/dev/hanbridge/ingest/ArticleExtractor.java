package dev.hanbridge.ingest;

import dev.hanbridge.ingest.feed.FeedItemDocument;
import dev.hanbridge.ingest.text.TextLimit;
import dev.hanbridge.ingest.text.UnreadableContentException;
import dev.hanbridge.ingest.tika.ExtractedArticle;
import dev.hanbridge.ingest.tika.TikaDocumentParser;

import org.apache.tika.io.TikaInputStream;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Extracts an article from a source: every format through Tika, with our own parsers registered
 * as Tika parsers for plain text, news pages, feeds and their items, HWP and HWPX (see
 * {@code META-INF/services/org.apache.tika.parser.Parser}). Adding a format is adding a parser;
 * nothing here changes.
 *
 * <p>Cheap to share across threads: it holds no per-document state.
 */
public final class ArticleExtractor {

    private final TikaDocumentParser tika;

    public ArticleExtractor() {
        this(TextLimit.DEFAULT.characters());
    }

    /** With a smaller text limit, for tests. */
    ArticleExtractor(long textLimit) {
        this.tika = new TikaDocumentParser(new TextLimit(textLimit));
    }

    public ExtractedArticle extract(Source source) throws UnreadableSourceException {
        if (source instanceof RejectedSource rejected) {
            throw new UnreadableSourceException(source.name(), rejected.reason());
        }
        boolean plainFile = source instanceof FileSource file && file.target().equals(file.path());
        try (TikaInputStream stream = plainFile ? TikaInputStream.get(((FileSource) source).path())
                : TikaInputStream.get(source.open())) {
            // a feed item is named by its title; Tika reads its document as the RSS it is
            return tika.parse(stream, source instanceof FeedItemSource ? FeedItemDocument.RESOURCE_NAME : source.name());
        } catch (UnreadableContentException e) {
            throw new UnreadableSourceException(source.name(), e.reason(), e.getCause() != null ? e.getCause() : e);
        } catch (IOException e) {
            throw unreadable(source.name(), e);
        }
    }

    /** A failure to read a source, in words a person can act on. */
    static UnreadableSourceException unreadable(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UnreadableSourceException(name, "the file no longer exists (moved or deleted during the run)", e);
        }
        if (e instanceof AccessDeniedException) {
            return new UnreadableSourceException(name, "permission denied; make the file readable for this user", e);
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (message.startsWith(name + ": ")) {
            // the archive guard and rejected sources already name the entry
            return new UnreadableSourceException(name, message.substring(name.length() + 2), e);
        }
        return new UnreadableSourceException(name, "cannot read it (" + message + ")", e);
    }
}
