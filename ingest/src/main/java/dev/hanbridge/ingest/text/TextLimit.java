package dev.hanbridge.ingest.text;

/** How a source beyond the extraction limit is reported, the same for every format. */
public final class TextLimit {

    private TextLimit() {
    }

    /** E.g. "more than 20 MB of text; …" for the default limit of 20,000,000 characters. */
    public static String reason(long limit) {
        String amount = limit >= 1_000_000 ? limit / 1_000_000 + " MB" : limit + " characters";
        return "more than " + amount + " of text (the extraction limit); a news article is far smaller,"
                + " so split the file or check that it is the right one";
    }
}
