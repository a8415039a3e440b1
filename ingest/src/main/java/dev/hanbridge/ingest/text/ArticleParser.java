package dev.hanbridge.ingest.text;

import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Our own parsers: real Tika parsers, registered as Tika registers its own (a line in
 * {@code META-INF/services/org.apache.tika.parser.Parser}), which Tika's DefaultParser ranks
 * above its parsers for the same media types. Adding a format is adding one of these.
 *
 * <p>They read the bytes themselves and fail with reasons a person can act on
 * ({@link UnreadableContentException}), so a file whose name leads to one of them is sent to it
 * without Tika's slower detection by content.
 */
public abstract class ArticleParser extends AbstractParser {

    private final Set<MediaType> types;

    protected ArticleParser(String... mediaTypes) {
        this.types = Arrays.stream(mediaTypes).map(MediaType::parse).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public final Set<MediaType> getSupportedTypes(ParseContext context) {
        return types;
    }

    /** The whole document as text, decoded as {@link TextDecoder} decides, within the context's {@link TextLimit}. */
    protected static DecodedText readText(InputStream stream, ParseContext context)
            throws IOException, UnreadableContentException {
        TextLimit limit = context.get(TextLimit.class, TextLimit.DEFAULT);
        byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.characters() + 1));
        if (bytes.length > limit.characters()) {
            throw new UnreadableContentException(limit.reason());
        }
        try {
            return TextDecoder.decode(bytes);
        } catch (NotTextException e) {
            throw new UnreadableContentException(e.getMessage(), e);
        }
    }

    /** The reason for a text document in which nothing was found. */
    protected static UnreadableContentException noText() {
        return new UnreadableContentException("no text found (the file holds only blank lines or markup)");
    }
}
