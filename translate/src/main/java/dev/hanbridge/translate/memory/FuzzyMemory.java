package dev.hanbridge.translate.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.TmUnit;
import dev.hanbridge.common.TranslationOrigin;

/**
 * Fuzzy matches from the stored memory of one target language: a {@link FuzzyIndex} of every unit's
 * source, built on the first lookup (bench/FUZZY.md gives the cost) and brought up to date before
 * each later one with the units stored since, by this run or any other process. The index holds
 * unit numbers only; each lookup reads the matched units' texts from storage, so a unit a person
 * corrected since the index was built is offered as corrected.
 *
 * <p>Catching up by number misses a unit that commits after one with a higher number was seen
 * (PostgreSQL hands numbers out before commit): that unit is offered from the next run on. A
 * suggestion is lost, never a wrong one made.
 *
 * <p>One instance serves a run and is shared by its threads; a worker of distributed runs keeps one
 * per target language for all the partitions it runs.
 */
public final class FuzzyMemory {

    private static final Logger log = LoggerFactory.getLogger(FuzzyMemory.class);

    private final MemoryUnits units;
    private final String targetLang;
    private final Policy policy;
    private final FuzzyIndex index = new FuzzyIndex();
    private long seen;
    private boolean built;

    /**
     * What a run does with fuzzy matches.
     *
     * @param minPercent matches below this percentage are not offered (50–100)
     * @param candidates how many matches a segment is offered at most; 0 turns fuzzy matching off
     * @param applyAbove a match at this percentage or more (and below 100) is taken as the segment's
     *     translation instead of sending it to an engine; 0 never takes one
     */
    public record Policy(int minPercent, int candidates, int applyAbove) {

        /** Offers up to 3 matches of 75 % or more, and never takes one as the translation. */
        public static final Policy DEFAULT = new Policy(75, 3, 0);

        public Policy {
            if (minPercent < FuzzyIndex.MIN_PERCENT || minPercent > 100) {
                throw new IllegalArgumentException("hanbridge.memory.fuzzy-min must be between " + FuzzyIndex.MIN_PERCENT
                        + " and 100, not " + minPercent + ".");
            }
            if (candidates < 0) {
                throw new IllegalArgumentException("hanbridge.memory.fuzzy-candidates must be 0 (off) or more, not "
                        + candidates + ".");
            }
            if (applyAbove != 0 && (applyAbove < minPercent || applyAbove > 99)) {
                throw new IllegalArgumentException("hanbridge.memory.fuzzy-apply-above must be 0 (never) or between "
                        + "hanbridge.memory.fuzzy-min (" + minPercent + ") and 99, not " + applyAbove + ".");
            }
        }

        /** True when matches are looked up at all. */
        public boolean enabled() {
            return candidates > 0;
        }

        /** True when {@code match} may stand as the translation. */
        public boolean applies(MemoryMatch match) {
            return applyAbove > 0 && match.percent() >= applyAbove && match.percent() < 100;
        }
    }

    public FuzzyMemory(MemoryUnits units, String targetLang, Policy policy) {
        this.units = Objects.requireNonNull(units, "units");
        this.targetLang = Objects.requireNonNull(targetLang, "targetLang");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Policy policy() {
        return policy;
    }

    /** Where matches are recorded. */
    public MemoryUnits units() {
        return units;
    }

    /**
     * The best matches for each text, best first: higher percentage first, a person's translation
     * before a machine's at the same percentage. A text without a match has no key.
     */
    public <T> Map<T, List<MemoryMatch>> lookup(List<T> items, Function<T, String> source) {
        if (!policy.enabled() || items.isEmpty()) {
            return Map.of();
        }
        catchUp();
        Map<T, List<FuzzyMatch>> found = new LinkedHashMap<>();
        for (T item : items) {
            List<FuzzyMatch> matches = index.lookup(source.apply(item), policy.minPercent(), policy.candidates());
            if (!matches.isEmpty()) {
                found.put(item, matches);
            }
        }
        if (found.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = found.values().stream().flatMap(List::stream).map(FuzzyMatch::id).collect(Collectors.toSet());
        Map<Long, TmUnit> byId = new HashMap<>();
        for (TmUnit unit : units.units(ids)) {
            byId.put(unit.id(), unit);
        }
        Map<T, List<MemoryMatch>> offered = new LinkedHashMap<>();
        found.forEach((item, matches) -> {
            List<MemoryMatch> list = new ArrayList<>();
            for (FuzzyMatch m : matches) {
                TmUnit unit = byId.get(m.id());
                if (unit != null) {
                    list.add(new MemoryMatch(m.percent(), unit.sourceText(), unit.targetText(), unit.origin()));
                }
            }
            list.sort(BEST_FIRST);
            if (!list.isEmpty()) {
                offered.put(item, List.copyOf(list));
            }
        });
        return offered;
    }

    private static final Comparator<MemoryMatch> BEST_FIRST = Comparator.comparingInt(MemoryMatch::percent).reversed()
            .thenComparing(m -> m.origin() != TranslationOrigin.HUMAN);

    /** Indexes the units stored since the last look; the first call indexes the whole memory. */
    private synchronized void catchUp() {
        long start = System.nanoTime();
        int before = index.size();
        units.sourcesAfter(targetLang, seen, (text, id) -> {
            index.add(id, text);
            seen = Math.max(seen, id);
        });
        if (!built) {
            built = true;
            log.info("fuzzy memory of {}: {} units indexed in {} ms", targetLang, index.size() - before,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
