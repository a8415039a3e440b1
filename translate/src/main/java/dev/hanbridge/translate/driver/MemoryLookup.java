package dev.hanbridge.translate.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TmHit;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.translate.TranslationLedger;

/**
 * Exact translation-memory matches: stored as the segments' translations and counted as used. A
 * person's translation stays {@code HUMAN} (exports show it as such), a machine's is {@code TM_EXACT};
 * both have score 100, which keeps them from being fed back to the memory.
 */
final class MemoryLookup {

    private final TranslationLedger ledger;
    private final String targetLang;

    MemoryLookup(TranslationLedger ledger, String targetLang) {
        this.ledger = ledger;
        this.targetLang = targetLang;
    }

    /** Stores what memory has for {@code pending} and returns the rest, in order. */
    List<PendingSegment> apply(List<PendingSegment> pending, long runId, Tally tally) {
        Map<String, TmHit> hits = ledger.lookup(pending.stream().map(PendingSegment::sourceHash).toList(), targetLang);
        if (hits.isEmpty()) {
            return pending;
        }
        List<NewTranslation> reused = new ArrayList<>();
        List<PendingSegment> rest = new ArrayList<>();
        for (PendingSegment s : pending) {
            TmHit hit = hits.get(s.sourceHash());
            if (hit == null) {
                rest.add(s);
            } else {
                TranslationOrigin origin = hit.origin() == TranslationOrigin.HUMAN ? TranslationOrigin.HUMAN
                        : TranslationOrigin.TM_EXACT;
                reused.add(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), hit.targetText(), origin,
                        origin == TranslationOrigin.HUMAN ? null : hit.engine(), null, 100.0));
            }
        }
        ledger.save(reused, runId, targetLang);
        ledger.touch(reused.stream().map(NewTranslation::sourceHash).collect(Collectors.toSet()), targetLang);
        tally.fromMemory += reused.size();
        return rest;
    }
}
