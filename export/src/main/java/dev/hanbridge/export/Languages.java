package dev.hanbridge.export;

import dev.hanbridge.common.BilingualArticle;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * The language tags every export writes. The defaults carry a region, {@code ko-KR} and
 * {@code en-US}: strict readers match tags against locales with a region (Okapi's TMX filter
 * refused a file tagged {@code ko} when asked for {@code ko-KR}), and readers that want a bare
 * language fall back from {@code ko-KR} to {@code ko} on their own (BCP 47 lookup).
 */
public final class Languages {

    public static final String DEFAULT_SOURCE = "ko-KR";
    public static final String DEFAULT_TARGET = "en-US";

    private Languages() {
    }

    /** The article's source tag, or {@link #DEFAULT_SOURCE} when it has none. */
    public static String source(BilingualArticle article) {
        return orDefault(article.sourceLang(), DEFAULT_SOURCE);
    }

    /** The article's target tag, or {@link #DEFAULT_TARGET} when it has none. */
    public static String target(BilingualArticle article) {
        return orDefault(article.targetLang(), DEFAULT_TARGET);
    }

    /**
     * The tag in its canonical case, e.g. {@code en-us} becomes {@code en-US}.
     *
     * @throws IllegalArgumentException when the tag is not a well-formed BCP 47 tag
     */
    public static String canonical(String tag) {
        String wanted = tag == null ? "" : tag.strip().replace('_', '-');
        try {
            String canonical = new Locale.Builder().setLanguageTag(wanted).build().toLanguageTag();
            if (wanted.isEmpty() || canonical.equals("und")) {
                throw new IllformedLocaleException("empty");
            }
            return canonical;
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("'" + tag + "' is not a language tag. Give a BCP 47 tag such as "
                    + DEFAULT_SOURCE + " or " + DEFAULT_TARGET + ".");
        }
    }

    private static String orDefault(String tag, String fallback) {
        return tag == null || tag.isBlank() ? fallback : tag;
    }
}
