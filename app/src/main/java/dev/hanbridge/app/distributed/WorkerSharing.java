package dev.hanbridge.app.distributed;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.hanbridge.app.job.SharedTranslation;
import dev.hanbridge.store.RunSpendStore;
import dev.hanbridge.store.SentenceClaimStore;
import dev.hanbridge.store.SpendLimits;
import dev.hanbridge.translate.SentenceClaims;
import dev.hanbridge.translate.SpendLedger;
import dev.hanbridge.translate.driver.SpendLimit;
import dev.hanbridge.translate.memory.FuzzyMemory;

/**
 * A worker's translate partitions share sentences in flight and spend limits through the database,
 * and one fuzzy index per target language in this process.
 */
final class WorkerSharing implements SharedTranslation {

    private final SentenceClaimStore claims;
    private final RunSpendStore spend;
    private final Liveness liveness;
    private final String workerId;
    private final Duration lease;
    private final Duration poll;
    private final AtomicLong drivers = new AtomicLong();
    private final ConcurrentMap<String, FuzzyMemory> fuzzy = new ConcurrentHashMap<>();

    WorkerSharing(SentenceClaimStore claims, RunSpendStore spend, Liveness liveness, String workerId, Duration lease,
            Duration poll) {
        this.claims = claims;
        this.spend = spend;
        this.liveness = liveness;
        this.workerId = workerId;
        this.lease = lease;
        this.poll = poll;
    }

    @Override
    public SentenceClaims claims() {
        return new StoredSentenceClaims(claims, liveness, workerId + "/" + drivers.incrementAndGet(), workerId, lease);
    }

    @Override
    public Duration claimPoll() {
        return poll;
    }

    @Override
    public SpendLimit spendLimit(long runId, SpendLimits limits, long spentCharacters, long spentTokens) {
        long maxCharacters = limits.maxCharacters() == null ? 0 : limits.maxCharacters();
        long maxTokens = limits.maxTokens() == null ? 0 : limits.maxTokens();
        if (maxCharacters > 0 || maxTokens > 0) {
            spend.open(runId, new RunSpendStore.Spent(spentCharacters, spentTokens));
        }
        return SpendLimit.shared(runId, maxCharacters, maxTokens, new SpendLedger() {
            @Override
            public Optional<Spent> reserve(long run, long characters, long tokens, long maxChars, long maxToks) {
                return spend.reserve(run, characters, tokens, maxChars, maxToks)
                        .map(s -> new Spent(s.characters(), s.tokens()));
            }

            @Override
            public void settle(long run, long characters, long tokens) {
                spend.settle(run, characters, tokens);
            }
        });
    }

    @Override
    public FuzzyMemory fuzzyMemory(String targetLang, Supplier<FuzzyMemory> create) {
        // Units are never deleted and a unit's source never changes (only its target, which each
        // lookup reads afresh), so an index kept between runs stays true to the memory.
        return fuzzy.computeIfAbsent(targetLang, lang -> create.get());
    }
}
