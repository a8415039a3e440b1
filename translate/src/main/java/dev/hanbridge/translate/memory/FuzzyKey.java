package dev.hanbridge.translate.memory;

import java.text.Normalizer;

import dev.hanbridge.common.text.KoreanText;

/**
 * The text that fuzzy matching compares: NFKC, without any space, with quote, dash and middle-dot
 * variants folded to one character each. Digits, letter case and the remaining punctuation are kept,
 * because they change the English (a different number or product name is a different sentence).
 *
 * <p>Why each step: NFKC folds the full-width Latin letters and digits of Korean web pages
 * ({@code ＧＰＴ－４}) and compatibility forms ({@code ㈜}) into what reporters type. Spaces go
 * entirely because Korean spacing varies between writers and outlets without changing the meaning
 * ({@code 할 수 있다} / {@code 할수있다}, {@code 인공 지능} / {@code 인공지능}); keeping them would
 * make such pairs cost an edit per space. Curly and straight quotes, the dashes, and the three middle
 * dots of Korean headlines ({@code 한·미}, {@code 한ㆍ미}, {@code 한・미}) are typing habits, not
 * content. None of these foldings can make a match 100 %: that needs the texts to be equal after
 * {@link KoreanText#normalize}, which {@link FuzzyIndex} checks separately.
 */
final class FuzzyKey {

    private FuzzyKey() {
    }

    static String of(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (KoreanText.isSpace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                continue; // the ISO controls also keep the index's padding characters out of keys
            }
            key.append(fold(c));
        }
        return key.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            // U+318D (ㆍ, arae-a) becomes U+119E under NFKC; both serve as a middle dot in headlines
            case '\u318D', '\u119E', '\u30FB', '\u2027', '\u2219' -> '\u00B7';
            default -> c;
        };
    }
}
