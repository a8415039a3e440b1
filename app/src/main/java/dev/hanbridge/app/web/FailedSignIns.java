package dev.hanbridge.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong tokens by client address, sign-in form and bearer header together: an address may try
 * {@code freeAttempts} wrong tokens, then must wait before each further try, twice as long after
 * each wrong one (from {@code firstDelay} to 15 minutes). While it waits, its tries are refused
 * without the token being checked, so guessing gains nothing from speed: an address that sent
 * 2,250 wrong tokens a second had every one of them checked. The right token, tried when allowed,
 * clears the address. An address is forgotten an hour after its last wrong token.
 *
 * <p>All clients behind one proxy share its address: one of them guessing makes the others wait.
 */
final class FailedSignIns {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Addresses remembered at most; past it, the longest-quiet half is forgotten. */
    private static final int MAX_ADDRESSES = 10_000;

    private record Record(int failures, Instant lastFailure, Instant blockedUntil) {
    }

    private final Map<String, Record> byAddress = new ConcurrentHashMap<>();
    private final int freeAttempts;
    private final Duration firstDelay;
    private final Clock clock;

    FailedSignIns(int freeAttempts, Duration firstDelay, Clock clock) {
        this.freeAttempts = freeAttempts;
        this.firstDelay = firstDelay;
        this.clock = clock;
    }

    /** Seconds the address must still wait before its next try (rounded up); 0 when it may try now. */
    long waitSeconds(String address) {
        Record record = byAddress.get(address);
        if (record == null) {
            return 0;
        }
        Duration left = Duration.between(clock.instant(), record.blockedUntil());
        return left.isNegative() || left.isZero() ? 0 : (left.toMillis() + 999) / 1000;
    }

    /** A wrong token from the address. */
    void failed(String address) {
        Instant now = clock.instant();
        byAddress.compute(address, (key, old) -> {
            int failures = old == null || old.lastFailure().plus(FORGET_AFTER).isBefore(now) ? 1 : old.failures() + 1;
            Instant blockedUntil = failures < freeAttempts ? now : now.plus(delay(failures - freeAttempts));
            return new Record(failures, now, blockedUntil);
        });
        if (byAddress.size() > MAX_ADDRESSES) {
            forgetOldest(now);
        }
    }

    /** The right token from the address: it starts afresh. */
    void succeeded(String address) {
        byAddress.remove(address);
    }

    private Duration delay(int beyondFree) {
        if (beyondFree >= 20) {
            return LONGEST_WAIT;
        }
        Duration delay = firstDelay.multipliedBy(1L << beyondFree);
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    private void forgetOldest(Instant now) {
        byAddress.entrySet().removeIf(e -> e.getValue().lastFailure().plus(FORGET_AFTER).isBefore(now)
                && e.getValue().blockedUntil().isBefore(now));
        if (byAddress.size() > MAX_ADDRESSES) {
            byAddress.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().lastFailure()))
                    .limit(byAddress.size() / 2).map(Map.Entry::getKey).toList().forEach(byAddress::remove);
        }
    }
}
