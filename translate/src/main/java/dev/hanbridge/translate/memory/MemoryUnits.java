package dev.hanbridge.translate.memory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;

import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.TmUnit;

/**
 * The stored translation memory as fuzzy matching needs it; the application backs it with the
 * database. Called by several threads at once.
 */
public interface MemoryUnits {

    /**
     * Hands {@code sink} the Korean source and number of every unit of {@code targetLang} numbered
     * above {@code afterId}, in number order.
     */
    void sourcesAfter(String targetLang, long afterId, ObjLongConsumer<String> sink);

    /** The units with these numbers, in any order; a number no unit has is left out. */
    List<TmUnit> units(Collection<Long> ids);

    /**
     * Keeps the matches each segment was offered in the run, best first, in place of any kept before
     * for it, so that exports show them; committed on return.
     */
    void recordCandidates(long runId, Map<Long, List<MemoryMatch>> bySegment);
}
