package dev.hanbridge.translate.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.translate.SentenceClaims;

/**
 * Sends each sentence once across processes, as {@link InFlight} does across one process's
 * threads: the sentences another process is sending now (claimed in {@link SentenceClaims}) are
 * awaited in memory instead of being paid for again. What this driver claimed it sends and then
 * releases, stored or not; what others hold it polls memory for, and claims again each time, so
 * that a sentence its holder could not translate (rejected, the send failed, the process died, the
 * claim outlived its lease) is tried here.
 */
final class SharedSentences {

    static final Duration POLL = Duration.ofMillis(200);

    private final SentenceClaims claims;
    private final String targetLang;
    private final Duration poll;

    SharedSentences(SentenceClaims claims, String targetLang, Duration poll) {
        this.claims = claims;
        this.targetLang = targetLang;
        this.poll = poll;
    }

    /**
     * @param fromMemory stores what memory has now and returns the rest
     * @param send sends segments to the engines and stores the answers before it returns
     */
    void sendOnce(List<PendingSegment> segments, UnaryOperator<List<PendingSegment>> fromMemory,
            Consumer<List<PendingSegment>> send) {
        List<PendingSegment> left = segments;
        while (!left.isEmpty()) {
            Set<String> held = claims.claim(hashes(left), targetLang);
            List<PendingSegment> mine = new ArrayList<>();
            List<PendingSegment> others = new ArrayList<>();
            for (PendingSegment s : left) {
                (held.contains(s.sourceHash()) ? mine : others).add(s);
            }
            if (!mine.isEmpty()) {
                try {
                    // Memory again: another process may have stored some of them between the
                    // caller's look and this claim (and released them since).
                    List<PendingSegment> unknown = fromMemory.apply(mine);
                    if (!unknown.isEmpty()) {
                        send.accept(unknown);
                    }
                } finally {
                    claims.release(held, targetLang);
                }
            }
            if (others.isEmpty()) {
                return;
            }
            sleep();
            left = fromMemory.apply(others);
        }
    }

    private static Set<String> hashes(List<PendingSegment> segments) {
        Set<String> hashes = new LinkedHashSet<>();
        segments.forEach(s -> hashes.add(s.sourceHash()));
        return hashes;
    }

    private void sleep() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for sentences another worker sends", e);
        }
    }
}
