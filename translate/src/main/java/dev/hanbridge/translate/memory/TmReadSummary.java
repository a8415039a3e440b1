package dev.hanbridge.translate.memory;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What reading one file gave, so a command can say why it imported less than the file holds.
 *
 * @param units translation units (TMX) or segments (XLIFF) read
 * @param entries pairs handed on
 * @param withoutTarget units with no text in the source or target language, or an empty one
 * @param languages every language tag the file uses, as written: when {@code entries} is 0, these say
 *     whether the file holds another language pair
 */
public record TmReadSummary(int units, int entries, int withoutTarget, Set<String> languages) {

    public TmReadSummary {
        languages = Collections.unmodifiableSet(new LinkedHashSet<>(languages)); // in file order
    }
}
