package dev.hanbridge.translate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.store.NewTranslation;
import dev.hanbridge.common.store.PendingSegment;
import dev.hanbridge.common.store.TmHit;
import dev.hanbridge.common.store.TranslationStore;
import dev.hanbridge.translate.TranslationRequest.TranslationContext;

/**
 * Translates an article's untranslated segments: translation memory first, then the engine in
 * batches cut to its limits. Each batch the engine answers is stored before the next request, so
 * a crash or a restart never sends a segment twice.
 *
 * <p>Failures by type: transient ones are retried with backoff; a batch the provider rejects as
 * wrong input is split down to single segments so one bad segment does not sink its neighbours,
 * and a single rejected segment is recorded and left untranslated; configuration and quota
 * failures propagate and stop the run.
 */
public final class ArticleTranslator {

    private static final Logger log = LoggerFactory.getLogger(ArticleTranslator.class);
    private static final int CONTEXT_SEGMENTS = 2;

    private final TranslationStore store;
    private final TranslationEngine engine;
    private final String targetLang;
    private final RetryPolicy retry;
    private final RateLimiter rateLimiter;
    private final Sleeper sleeper;

    /** How a wait is done; tests replace it. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What happened to one article's pending segments. */
    public record Outcome(int pending, int fromMemory, int machineTranslated, int failed, int requests, int retries) {
        public int untranslated() {
            return pending - fromMemory - machineTranslated;
        }
    }

    public ArticleTranslator(TranslationStore store, TranslationEngine engine, String targetLang, RetryPolicy retry) {
        this(store, engine, targetLang, retry, new RateLimiter(engine.limits().requestsPerSecond()),
                d -> Thread.sleep(d.toMillis()));
    }

    public ArticleTranslator(TranslationStore store, TranslationEngine engine, String targetLang, RetryPolicy retry,
            RateLimiter rateLimiter, Sleeper sleeper) {
        this.store = store;
        this.engine = engine;
        this.targetLang = targetLang;
        this.retry = retry;
        this.rateLimiter = rateLimiter;
        this.sleeper = sleeper;
    }

    public TranslationEngine engine() {
        return engine;
    }

    public Outcome translate(long articleId, String title, long runId) {
        List<PendingSegment> pending = store.pending(articleId);
        if (pending.isEmpty()) {
            return new Outcome(0, 0, 0, 0, 0, 0);
        }
        Counters counters = new Counters();
        List<PendingSegment> rest = applyMemory(pending, runId, counters);
        if (!rest.isEmpty() && engine.machineTranslates()) {
            // A sentence repeated in the article is sent once; its repeats take the same target.
            Map<String, List<PendingSegment>> twins = new LinkedHashMap<>();
            List<PendingSegment> unique = new ArrayList<>();
            for (PendingSegment s : rest) {
                List<PendingSegment> same = twins.computeIfAbsent(s.sourceHash(), h -> new ArrayList<>());
                if (same.isEmpty()) {
                    unique.add(s);
                }
                same.add(s);
            }
            counters.twins = twins;
            rest = unique;
            List<String> all = pending.stream().map(PendingSegment::sourceText).toList();
            Map<Long, Integer> indexOf = new LinkedHashMap<>();
            for (int i = 0; i < pending.size(); i++) {
                indexOf.put(pending.get(i).segmentId(), i);
            }
            for (List<PendingSegment> batch : Batches.split(rest, PendingSegment::sourceText, engine.limits())) {
                translateBatch(batch, title, all, indexOf, runId, counters);
            }
        }
        return new Outcome(pending.size(), counters.memory, counters.machine, counters.failed, counters.requests,
                counters.retries);
    }

    private List<PendingSegment> applyMemory(List<PendingSegment> pending, long runId, Counters counters) {
        Map<String, TmHit> hits = store.lookup(pending.stream().map(PendingSegment::sourceHash).toList(), targetLang);
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
                reused.add(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), hit.targetText(),
                        TranslationOrigin.TM_EXACT, hit.engine(), null));
            }
        }
        store.save(reused, runId, targetLang);
        store.touch(reused.stream().map(NewTranslation::sourceHash).collect(Collectors.toSet()), targetLang);
        counters.memory += reused.size();
        return rest;
    }

    private void translateBatch(List<PendingSegment> batch, String title, List<String> all, Map<Long, Integer> indexOf,
            long runId, Counters counters) {
        if (batch.size() == 1 && !Batches.fitsAlone(batch.get(0).sourceText(), engine.limits())) {
            fail(batch.get(0), runId, "the segment is longer than " + engine.id()
                    + " accepts in one request (" + batch.get(0).sourceText().length() + " characters)", counters);
            return;
        }
        int first = indexOf.get(batch.get(0).segmentId());
        int last = indexOf.get(batch.get(batch.size() - 1).segmentId());
        TranslationContext context = new TranslationContext(title,
                all.subList(Math.max(0, first - CONTEXT_SEGMENTS), first),
                all.subList(last + 1, Math.min(all.size(), last + 1 + CONTEXT_SEGMENTS)), Map.of());
        TranslationRequest request = new TranslationRequest("ko", targetLang,
                batch.stream().map(PendingSegment::sourceText).toList(), context);
        List<String> targets;
        try {
            targets = callWithRetry(request, counters);
        } catch (PermanentTranslationException rejected) {
            if (batch.size() == 1) {
                fail(batch.get(0), runId, rejected.getMessage(), counters);
            } else {
                // Isolate the bad segment: halves until the rejected one stands alone.
                int half = batch.size() / 2;
                translateBatch(batch.subList(0, half), title, all, indexOf, runId, counters);
                translateBatch(batch.subList(half, batch.size()), title, all, indexOf, runId, counters);
            }
            return;
        }
        if (targets.size() != batch.size()) {
            throw new IllegalStateException(engine.id() + " returned " + targets.size() + " translations for "
                    + batch.size() + " segments; an engine must answer one per source");
        }
        List<NewTranslation> done = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PendingSegment s = batch.get(i);
            done.add(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), targets.get(i),
                    TranslationOrigin.MT, engine.id(), engine.model()));
            for (PendingSegment twin : counters.twins.getOrDefault(s.sourceHash(), List.of())) {
                if (twin.segmentId() != s.segmentId()) {
                    done.add(new NewTranslation(twin.segmentId(), twin.sourceText(), twin.sourceHash(),
                            targets.get(i), TranslationOrigin.TM_EXACT, engine.id(), engine.model()));
                    counters.memory++;
                }
            }
        }
        store.save(done, runId, targetLang);
        counters.machine += batch.size();
    }

    private List<String> callWithRetry(TranslationRequest request, Counters counters) {
        for (int attempt = 1;; attempt++) {
            try {
                rateLimiter.acquire();
                counters.requests++;
                return engine.translate(request);
            } catch (TransientTranslationException e) {
                if (attempt >= retry.maxAttempts()) {
                    throw e;
                }
                Duration wait = retry.delay(attempt, e.retryAfter().orElse(null));
                log.warn("{} (try {} of {}); retrying in {} ms", e.getMessage(), attempt, retry.maxAttempts(),
                        wait.toMillis());
                counters.retries++;
                sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientTranslationException(engine.id(), "interrupted while waiting to call " + engine.id(),
                        null, e);
            }
        }
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientTranslationException(engine.id(), "interrupted while backing off from " + engine.id(),
                    null, e);
        }
    }

    private void fail(PendingSegment segment, long runId, String reason, Counters counters) {
        log.warn("segment {} left untranslated: {}", segment.segmentId(), reason);
        store.recordFailure(segment.segmentId(), runId, engine.id(), reason);
        counters.failed++;
    }

    private static final class Counters {
        int memory;
        int machine;
        int failed;
        int requests;
        int retries;
        Map<String, List<PendingSegment>> twins = Map.of();
    }
}
