package dev.hanbridge.app.distributed;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hanbridge.store.SentenceClaimStore;
import dev.hanbridge.store.SentenceClaimStore.ClaimRow;
import dev.hanbridge.translate.SentenceClaims;

/**
 * One driver's sentence claims in the database. A sentence held by another holder is taken over
 * (by a compare-and-set on the holder) when that holder's worker is dead by {@link Liveness}, at
 * once for a killed worker on this host, or when the claim is older than {@code lease}: a live
 * worker's claim that was never released (its release failed) then holds nobody up for longer.
 */
final class StoredSentenceClaims implements SentenceClaims {

    private final SentenceClaimStore store;
    private final Liveness liveness;
    private final String holder;
    private final String workerId;
    private final Duration lease;

    StoredSentenceClaims(SentenceClaimStore store, Liveness liveness, String holder, String workerId,
            Duration lease) {
        this.store = store;
        this.liveness = liveness;
        this.holder = holder;
        this.workerId = workerId;
        this.lease = lease;
    }

    @Override
    public Set<String> claim(Collection<String> sourceHashes, String targetLang) {
        Set<String> wanted = new LinkedHashSet<>(sourceHashes);
        Set<String> mine = new LinkedHashSet<>(store.claim(wanted, targetLang, holder, workerId));
        wanted.removeAll(mine);
        if (wanted.isEmpty()) {
            return mine;
        }
        Map<String, Boolean> alive = new HashMap<>();
        List<ClaimRow> held = store.holders(wanted, targetLang);
        for (ClaimRow row : held) {
            if (row.holder().equals(holder)) {
                mine.add(row.sourceHash());
                continue;
            }
            boolean stale = row.age().compareTo(lease) >= 0
                    || !alive.computeIfAbsent(row.workerId(), liveness::alive);
            if (stale && store.takeOver(row.sourceHash(), targetLang, row.holder(), holder, workerId)) {
                mine.add(row.sourceHash());
            }
        }
        // A sentence with no row now was released since the insert: the caller claims it again
        // on its next look, after it has checked memory.
        return mine;
    }

    @Override
    public void release(Collection<String> sourceHashes, String targetLang) {
        store.release(sourceHashes, targetLang, holder);
    }
}
