package dev.hanbridge.export.write;

/**
 * The characters every export format can hold: those XML 1.0 allows. A bad source (a stray U+0001
 * from a legacy word processor, a lone surrogate from a broken page) must not make a whole file
 * unreadable: StAX writers escape markup but pass such characters through, and every XML parser
 * then rejects the document; HTML treats them as parse errors; a lone surrogate cannot be encoded
 * in UTF-8, and no corpus (TSV, JSON Lines) wants control characters.
 */
public final class Chars {

    private Chars() {
    }

    /** True for code points XML 1.0 allows: tab, LF, CR, and U+0020 up, without surrogates, U+FFFE and U+FFFF. */
    public static boolean isAllowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** The text without the characters XML 1.0 does not allow; the same instance when there are none. */
    public static String strip(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Chars::isAllowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Escapes for HTML and XML text and for double- or single-quoted attribute values alike, after
     * dropping the characters XML 1.0 does not allow (which HTML treats as parse errors too);
     * {@code null} becomes the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String clean = strip(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@link #isAllowed} for every code point, walked with {@code codePointAt} (a lone surrogate
     * comes back as its own value, which isAllowed rejects): every text of every export file passes
     * here, and a stream of code points took a tenth of the export step's CPU (a profile of
     * bench/cli.sh's run).
     */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!isAllowed(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
