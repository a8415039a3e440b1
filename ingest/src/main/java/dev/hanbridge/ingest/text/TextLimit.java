package dev.hanbridge.ingest.text;

/**
 * At most this much text is extracted from one source; parsers find it in their
 * {@link org.apache.tika.parser.ParseContext}, and a source beyond it is reported the same way
 * for every format.
 *
 * @param characters the most characters of text (and, for text files, bytes) one source may hold
 */
public record TextLimit(long characters) {

    /** 20 million characters: far beyond any news article. */
    public static final TextLimit DEFAULT = new TextLimit(20_000_000);

    /** E.g. "more than 20 MB of text; …" for the default limit of 20,000,000 characters. */
    public String reason() {
        String amount = characters >= 1_000_000 ? characters / 1_000_000 + " MB" : characters + " characters";
        return "more than " + amount + " of text (the extraction limit); a news article is far smaller,"
                + " so split the file or check that it is the right one";
    }
}
