package dev.hanbridge.translate.driver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.hanbridge.common.PendingSegment;

/**
 * Sends each sentence once across the threads of a run: a sentence another thread is sending
 * right now (two articles in flight that share it) is awaited and then taken from memory instead
 * of being paid for again.
 */
final class InFlight {

    /** Sentence hashes some thread is sending now, completed once that thread is done with them. */
    private final ConcurrentMap<String, CompletableFuture<Void>> sending = new ConcurrentHashMap<>();

    /**
     * Sends the sentences of {@code segments} no other thread is sending, then waits for the
     * others and sends what they left untranslated.
     *
     * @param fromMemory stores what memory has now and returns the rest: another thread may have
     *        stored some of them since the caller looked
     * @param send sends segments to the engines and stores the answers before it returns
     */
    void sendOnce(List<PendingSegment> segments, UnaryOperator<List<PendingSegment>> fromMemory,
            Consumer<List<PendingSegment>> send) {
        Map<String, List<PendingSegment>> byHash = new LinkedHashMap<>();
        for (PendingSegment s : segments) {
            byHash.computeIfAbsent(s.sourceHash(), h -> new ArrayList<>()).add(s);
        }
        Map<String, CompletableFuture<Void>> mine = new LinkedHashMap<>();
        Map<String, CompletableFuture<Void>> others = new LinkedHashMap<>();
        for (String hash : byHash.keySet()) {
            CompletableFuture<Void> claim = new CompletableFuture<>();
            CompletableFuture<Void> other = sending.putIfAbsent(hash, claim);
            if (other == null) {
                mine.put(hash, claim);
            } else {
                others.put(hash, other);
            }
        }
        try {
            sendWhatMemoryLacks(segmentsOf(byHash, mine.keySet()), fromMemory, send);
        } finally {
            mine.forEach((hash, claim) -> {
                sending.remove(hash, claim);
                claim.complete(null);
            });
        }
        if (!others.isEmpty()) {
            CompletableFuture.allOf(others.values().toArray(CompletableFuture[]::new)).join();
            // What the other thread could not translate (rejected, or it failed) we try ourselves.
            sendWhatMemoryLacks(segmentsOf(byHash, others.keySet()), fromMemory, send);
        }
    }

    private static void sendWhatMemoryLacks(List<PendingSegment> segments,
            UnaryOperator<List<PendingSegment>> fromMemory, Consumer<List<PendingSegment>> send) {
        if (segments.isEmpty()) {
            return;
        }
        List<PendingSegment> left = fromMemory.apply(segments);
        if (!left.isEmpty()) {
            send.accept(left);
        }
    }

    private static List<PendingSegment> segmentsOf(Map<String, List<PendingSegment>> byHash,
            Collection<String> hashes) {
        List<PendingSegment> out = new ArrayList<>();
        for (String hash : hashes) {
            out.addAll(byHash.get(hash));
        }
        return out;
    }
}
