package dev.hanbridge.translate.driver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.translate.TranslationLedger;
import dev.hanbridge.translate.memory.FuzzyMemory;

/**
 * Fuzzy translation-memory matches for segments without an exact one: recorded for the exports,
 * kept as references for the engines and, where the policy allows, stored as the translation
 * ({@code TM_FUZZY}, with the match percent as score).
 */
final class FuzzyLookup {

    /**
     * @param rest the segments still to send, in order
     * @param references the matches of each segment, by segment id
     */
    record Result(List<PendingSegment> rest, Map<Long, List<MemoryMatch>> references) {
    }

    private final FuzzyMemory memory;
    private final TranslationLedger ledger;
    private final String targetLang;

    FuzzyLookup(FuzzyMemory memory, TranslationLedger ledger, String targetLang) {
        this.memory = memory;
        this.ledger = ledger;
        this.targetLang = targetLang;
    }

    Result apply(List<PendingSegment> pending, long runId, Tally tally) {
        Map<PendingSegment, List<MemoryMatch>> found = memory.lookup(pending, PendingSegment::sourceText);
        if (found.isEmpty()) {
            return new Result(pending, Map.of());
        }
        Map<Long, List<MemoryMatch>> bySegment = new HashMap<>();
        found.forEach((segment, matches) -> bySegment.put(segment.segmentId(), matches));
        memory.units().recordCandidates(runId, bySegment);
        List<NewTranslation> taken = new ArrayList<>();
        List<PendingSegment> rest = new ArrayList<>();
        for (PendingSegment s : pending) {
            List<MemoryMatch> matches = found.get(s);
            if (matches != null && memory.policy().applies(matches.get(0))) {
                MemoryMatch best = matches.get(0);
                taken.add(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), best.target(),
                        TranslationOrigin.TM_FUZZY, null, null, (double) best.percent()));
            } else {
                rest.add(s);
            }
        }
        ledger.save(taken, runId, targetLang);
        tally.fromMemory += taken.size();
        return new Result(rest, bySegment);
    }
}
