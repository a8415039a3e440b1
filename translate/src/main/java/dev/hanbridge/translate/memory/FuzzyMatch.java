package dev.hanbridge.translate.memory;

/**
 * A memory unit similar to the text looked up.
 *
 * @param id the id the unit was added with
 * @param percent {@code 100 × (1 − distance / longer length)}, rounded down, where distance is the
 *     Levenshtein distance between the two {@linkplain FuzzyIndex fuzzy keys}; 100 only when the texts
 *     are equal after {@link dev.hanbridge.common.text.KoreanText#normalize}, 99 when they differ only
 *     in spacing, character width, quote, dash or middle-dot style
 */
public record FuzzyMatch(long id, int percent) {

    /** True for a 100 % match: the same sentence, usable as the translation as it stands. */
    public boolean exact() {
        return percent == 100;
    }
}
