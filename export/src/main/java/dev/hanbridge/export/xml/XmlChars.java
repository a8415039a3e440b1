package dev.hanbridge.export.xml;

/**
 * The characters XML 1.0 allows, for writers that must not let a bad source (a stray U+0001 from
 * a legacy word processor, a lone surrogate from a broken page) make the whole file unreadable.
 * StAX writers escape markup but pass such characters through, and every parser then rejects the
 * document.
 */
public final class XmlChars {

    private XmlChars() {
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
        text.codePoints().filter(XmlChars::isAllowed).forEach(out::appendCodePoint);
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

    private static boolean isClean(String text) {
        // codePoints() yields a lone surrogate as its own value, which isAllowed rejects.
        return text.codePoints().allMatch(XmlChars::isAllowed);
    }
}
