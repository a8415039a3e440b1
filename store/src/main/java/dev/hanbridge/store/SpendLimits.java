package dev.hanbridge.store;

/**
 * A run's spend limits as stored with it; {@code null} means no limit.
 *
 * @param maxCharacters source characters the run may send to engines, every try counted
 * @param maxTokens input plus output tokens the run may spend with engines that bill tokens
 */
public record SpendLimits(Long maxCharacters, Long maxTokens) {

    public static final SpendLimits NONE = new SpendLimits(null, null);

    /** These limits, each replaced by the other's where the other has one. */
    public SpendLimits overriddenBy(SpendLimits other) {
        return new SpendLimits(other.maxCharacters != null ? other.maxCharacters : maxCharacters,
                other.maxTokens != null ? other.maxTokens : maxTokens);
    }
}
