package dev.hanbridge.translate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TmHit;
import dev.hanbridge.translate.TranslationRequest.TranslationContext;

/**
 * Translates an article's untranslated segments: translation memory first, then the engine in
 * batches cut to its limits. Each batch the engine answers is stored before the next request, so
 * a crash or a restart never sends a segment twice.
 *
 * <p>Failures by type: transient ones are retried with backoff; a misaligned answer (an LLM that
 * merged or dropped segments) is retried once, then treated like a rejection; a batch the
 * provider rejects as wrong input is split in halves down to single segments so one bad segment
 * does not sink its neighbours. A segment rejected for good goes to the next engine of a fallback
 * chain ({@code --engine deepl,google}), and is recorded and left untranslated when the last
 * engine rejects it too. Configuration and quota failures propagate and stop the run.
 *
 * <p>One instance serves a whole run and may be shared by its threads: each engine's rate limiter
 * lives here, so all threads together stay under the engine's limits.
 */
public final class ArticleTranslator {

    private static final Logger log = LoggerFactory.getLogger(ArticleTranslator.class);
    private static final int CONTEXT_SEGMENTS = 2;
    /** A misaligned answer gets one more try before the batch is split: LLM servers are not deterministic. */
    private static final int MISALIGNED_TRIES = 2;

    private final TranslationLedger store;
    private final UsageLedger usage;
    private final TranslationEngine engine;
    private final List<Stage> stages;
    private final String targetLang;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Map<String, String> glossary;
    /** Sentence hashes some thread of this translator is sending now, completed once stored. */
    private final java.util.concurrent.ConcurrentMap<String, CompletableFuture<Void>> inFlight;

    /** How a wait is done; tests replace it. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * What happened to one article's pending segments.
     *
     * @param requests requests to all engines, every try counted
     * @param usage per engine of the chain that was called, what it cost
     */
    public record Outcome(int pending, int fromMemory, int machineTranslated, int failed, int requests, int retries,
            List<EngineUsage> usage) {
        public Outcome {
            usage = List.copyOf(usage);
        }

        public int untranslated() {
            return pending - fromMemory - machineTranslated;
        }

        /** Both outcomes together, usage added up per engine. */
        public Outcome plus(Outcome o) {
            Map<String, EngineUsage> byEngine = new LinkedHashMap<>();
            for (EngineUsage u : usage) {
                byEngine.merge(u.engine(), u, EngineUsage::plus);
            }
            for (EngineUsage u : o.usage) {
                byEngine.merge(u.engine(), u, EngineUsage::plus);
            }
            return new Outcome(pending + o.pending, fromMemory + o.fromMemory, machineTranslated + o.machineTranslated,
                    failed + o.failed, requests + o.requests, retries + o.retries, List.copyOf(byEngine.values()));
        }
    }

    /** Without usage accounting in the database (the figures are still in each {@link Outcome}). */
    public ArticleTranslator(TranslationLedger store, TranslationEngine engine, String targetLang, RetryPolicy retry) {
        this(store, null, engine, targetLang, retry, d -> Thread.sleep(d.toMillis()));
    }

    /** Adds each article's per-engine usage to {@code usage} under the run. */
    public ArticleTranslator(TranslationLedger store, UsageLedger usage, TranslationEngine engine, String targetLang,
            RetryPolicy retry) {
        this(store, usage, engine, targetLang, retry, d -> Thread.sleep(d.toMillis()));
    }

    /** @param usage where per-run usage is added up, or {@code null} for none */
    public ArticleTranslator(TranslationLedger store, UsageLedger usage, TranslationEngine engine, String targetLang,
            RetryPolicy retry, Sleeper sleeper) {
        this(store, usage, engine, targetLang, retry, null, sleeper);
    }

    /** With the first engine's rate limiter given (tests, or a limiter shared beyond this translator). */
    public ArticleTranslator(TranslationLedger store, TranslationEngine engine, String targetLang, RetryPolicy retry,
            RateLimiter rateLimiter, Sleeper sleeper) {
        this(store, null, engine, targetLang, retry, rateLimiter, sleeper);
    }

    private ArticleTranslator(TranslationLedger store, UsageLedger usage, TranslationEngine engine, String targetLang,
            RetryPolicy retry, RateLimiter firstLimiter, Sleeper sleeper) {
        this(store, usage, engine, targetLang, retry, sleeper, Map.of(), stages(engine, firstLimiter),
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    private ArticleTranslator(TranslationLedger store, UsageLedger usage, TranslationEngine engine, String targetLang,
            RetryPolicy retry, Sleeper sleeper, Map<String, String> glossary, List<Stage> stages,
            java.util.concurrent.ConcurrentMap<String, CompletableFuture<Void>> inFlight) {
        this.store = store;
        this.usage = usage;
        this.engine = engine;
        this.targetLang = targetLang;
        this.retry = retry;
        this.sleeper = sleeper;
        this.glossary = Map.copyOf(glossary);
        this.stages = stages;
        this.inFlight = inFlight;
    }

    private static List<Stage> stages(TranslationEngine engine, RateLimiter firstLimiter) {
        List<Stage> s = new ArrayList<>();
        for (TranslationEngine e : engine.chain()) {
            s.add(new Stage(e, s.isEmpty() && firstLimiter != null ? firstLimiter : RateLimiter.of(e.limits())));
        }
        return List.copyOf(s);
    }

    /**
     * This translator with a glossary (source term to target term, e.g. from
     * {@code GlossaryStore.all()}): each request carries the entries whose source term occurs in
     * its segments, for engines that use them (the LLM engine puts them in its prompt). Shares the
     * rate limiters and the sentences in flight of this one.
     */
    public ArticleTranslator withGlossary(Map<String, String> glossary) {
        return new ArticleTranslator(store, usage, engine, targetLang, retry, sleeper, glossary, stages, inFlight);
    }

    public TranslationEngine engine() {
        return engine;
    }

    public Outcome translate(long articleId, String title, long runId) {
        return translatePending(store.pending(articleId), title, runId);
    }

    /** An article to translate: its id and its title (the context engines get). */
    public record ArticleRef(long id, String title) {
    }

    /**
     * Translates several articles as one unit of work. When no engine of the chain uses context
     * ({@link TranslationEngine#usesContext()}: Google, Azure, Papago, LibreTranslate; DeepL with
     * {@code send-context=false}), segments of different articles share requests, so short
     * articles fill batches: fewer requests, as fast as the rate limit allows. Otherwise the
     * articles are translated one by one, each request carrying its own article's context. Every
     * answer is still stored before the next request.
     *
     * @return the figures of all the articles together
     */
    public Outcome translateAll(List<ArticleRef> articles, long runId) {
        boolean pack = articles.size() > 1 && engine.chain().stream().noneMatch(TranslationEngine::usesContext);
        if (pack) {
            List<PendingSegment> pending = new ArrayList<>();
            for (ArticleRef a : articles) {
                pending.addAll(store.pending(a.id()));
            }
            return translatePending(pending, null, runId);
        }
        Outcome total = new Outcome(0, 0, 0, 0, 0, 0, List.of());
        for (ArticleRef a : articles) {
            total = total.plus(translate(a.id(), a.title(), runId));
        }
        return total;
    }

    private Outcome translatePending(List<PendingSegment> pending, String title, long runId) {
        if (pending.isEmpty()) {
            return new Outcome(0, 0, 0, 0, 0, 0, List.of());
        }
        Counters counters = new Counters(stages.size());
        try {
            List<PendingSegment> rest = applyMemory(pending, runId, counters);
            if (!rest.isEmpty() && engine.machineTranslates()) {
                translateWithEngines(pending, rest, title, runId, counters);
            }
        } finally {
            if (usage != null) {
                for (int i = 0; i < stages.size(); i++) {
                    usage.add(runId, counters.meters[i].usage(stages.get(i).engine.id()));
                }
            }
        }
        List<EngineUsage> used = new ArrayList<>();
        int requests = 0;
        int retries = 0;
        for (int i = 0; i < stages.size(); i++) {
            EngineUsage u = counters.meters[i].usage(stages.get(i).engine.id());
            requests += (int) u.requests();
            retries += (int) u.retries();
            if (!u.isEmpty()) {
                used.add(u);
            }
        }
        return new Outcome(pending.size(), counters.memory, counters.machine, counters.failed, requests, retries, used);
    }

    /**
     * Sends what memory did not have, once per sentence across this translator's threads: a
     * sentence another thread is sending right now (two articles in flight that share it) is
     * awaited and then taken from memory instead of being paid for again.
     */
    private void translateWithEngines(List<PendingSegment> pending, List<PendingSegment> rest, String title,
            long runId, Counters counters) {
        Map<String, List<PendingSegment>> byHash = new LinkedHashMap<>();
        for (PendingSegment s : rest) {
            byHash.computeIfAbsent(s.sourceHash(), h -> new ArrayList<>()).add(s);
        }
        Map<String, CompletableFuture<Void>> mine = new LinkedHashMap<>();
        Map<String, CompletableFuture<Void>> others = new LinkedHashMap<>();
        for (String hash : byHash.keySet()) {
            CompletableFuture<Void> claim = new CompletableFuture<>();
            CompletableFuture<Void> other = inFlight.putIfAbsent(hash, claim);
            if (other == null) {
                mine.put(hash, claim);
            } else {
                others.put(hash, other);
            }
        }
        try {
            if (!mine.isEmpty()) {
                // Another thread may have stored one of ours between our memory lookup and our claim.
                List<PendingSegment> owned = applyMemory(segmentsOf(byHash, mine.keySet()), runId, counters);
                if (!owned.isEmpty()) {
                    send(pending, owned, title, runId, counters);
                }
            }
        } finally {
            mine.forEach((hash, claim) -> {
                inFlight.remove(hash, claim);
                claim.complete(null);
            });
        }
        if (!others.isEmpty()) {
            CompletableFuture.allOf(others.values().toArray(CompletableFuture[]::new)).join();
            List<PendingSegment> left = applyMemory(segmentsOf(byHash, others.keySet()), runId, counters);
            if (!left.isEmpty()) {
                // The other thread could not translate them (rejected, or it failed): try ourselves.
                send(pending, left, title, runId, counters);
            }
        }
    }

    private static List<PendingSegment> segmentsOf(Map<String, List<PendingSegment>> byHash,
            java.util.Collection<String> hashes) {
        List<PendingSegment> out = new ArrayList<>();
        for (String hash : hashes) {
            out.addAll(byHash.get(hash));
        }
        return out;
    }

    private void send(List<PendingSegment> pending, List<PendingSegment> rest, String title, long runId,
            Counters counters) {
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
        List<String> all = pending.stream().map(PendingSegment::sourceText).toList();
        Map<Long, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            indexOf.put(pending.get(i).segmentId(), i);
        }
        Article article = new Article(title, all, indexOf, runId);
        List<PendingSegment> todo = unique;
        Map<Long, String> reasons = new HashMap<>();
        for (int i = 0; i < stages.size() && !todo.isEmpty(); i++) {
            Stage stage = stages.get(i);
            List<PendingSegment> rejected = new ArrayList<>();
            for (List<PendingSegment> batch : Batches.split(todo, PendingSegment::sourceText, stage.engine.limits())) {
                translateBatch(stage, counters.meters[i], batch, article, counters, rejected, reasons);
            }
            if (!rejected.isEmpty() && i + 1 < stages.size()) {
                log.info("{} rejected {} segment(s); passing them to {}", stage.engine.id(), rejected.size(),
                        stages.get(i + 1).engine.id());
            }
            todo = rejected;
        }
        String lastEngine = stages.get(stages.size() - 1).engine.id();
        for (PendingSegment s : todo) {
            log.warn("segment {} left untranslated: {}", s.segmentId(), reasons.get(s.segmentId()));
            store.recordFailure(s.segmentId(), runId, lastEngine, reasons.get(s.segmentId()));
            counters.failed++;
        }
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

    private void translateBatch(Stage stage, Meter meter, List<PendingSegment> batch, Article article,
            Counters counters, List<PendingSegment> rejectedOut, Map<Long, String> reasons) {
        TranslationEngine e = stage.engine;
        if (batch.size() == 1 && !Batches.fitsAlone(batch.get(0).sourceText(), e.limits())) {
            reject(batch.get(0), "the segment is longer than " + e.id() + " accepts in one request ("
                    + batch.get(0).sourceText().length() + " characters)", meter, rejectedOut, reasons);
            return;
        }
        int first = article.indexOf.get(batch.get(0).segmentId());
        int last = article.indexOf.get(batch.get(batch.size() - 1).segmentId());
        TranslationContext context = new TranslationContext(article.title,
                article.all.subList(Math.max(0, first - CONTEXT_SEGMENTS), first),
                article.all.subList(last + 1, Math.min(article.all.size(), last + 1 + CONTEXT_SEGMENTS)),
                termsIn(batch));
        TranslationRequest request = new TranslationRequest("ko", targetLang,
                batch.stream().map(PendingSegment::sourceText).toList(), context);
        List<String> targets;
        try {
            targets = callWithRetry(e, stage.limiter, meter, request);
        } catch (PermanentTranslationException rejected) {
            if (batch.size() == 1) {
                reject(batch.get(0), rejected.getMessage(), meter, rejectedOut, reasons);
            } else {
                // Isolate the bad segment: halves until the rejected one stands alone.
                int half = batch.size() / 2;
                translateBatch(stage, meter, batch.subList(0, half), article, counters, rejectedOut, reasons);
                translateBatch(stage, meter, batch.subList(half, batch.size()), article, counters, rejectedOut,
                        reasons);
            }
            return;
        }
        List<NewTranslation> done = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PendingSegment s = batch.get(i);
            done.add(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), targets.get(i),
                    TranslationOrigin.MT, e.id(), e.model()));
            for (PendingSegment twin : counters.twins.getOrDefault(s.sourceHash(), List.of())) {
                if (twin.segmentId() != s.segmentId()) {
                    done.add(new NewTranslation(twin.segmentId(), twin.sourceText(), twin.sourceHash(),
                            targets.get(i), TranslationOrigin.TM_EXACT, e.id(), e.model()));
                    counters.memory++;
                }
            }
        }
        store.save(done, article.runId, targetLang);
        counters.machine += batch.size();
        meter.segments += batch.size();
    }

    private Map<String, String> termsIn(List<PendingSegment> batch) {
        if (glossary.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        glossary.forEach((term, target) -> {
            if (batch.stream().anyMatch(s -> s.sourceText().contains(term))) {
                found.put(term, target);
            }
        });
        return found;
    }

    private void reject(PendingSegment s, String reason, Meter meter, List<PendingSegment> rejectedOut,
            Map<Long, String> reasons) {
        meter.rejected++;
        rejectedOut.add(s);
        reasons.put(s.segmentId(), reason);
    }

    private List<String> callWithRetry(TranslationEngine e, RateLimiter limiter, Meter meter,
            TranslationRequest request) {
        int transientFailures = 0;
        int misaligned = 0;
        while (true) {
            try {
                limiter.acquire(request.chars());
                meter.requests++;
                meter.characters += request.chars();
                TranslationReply reply = e.translateWithUsage(request);
                meter.billed += reply.billedCharacters();
                meter.inputTokens += reply.inputTokens();
                meter.outputTokens += reply.outputTokens();
                if (reply.targets().size() != request.texts().size()
                        || reply.targets().stream().anyMatch(t -> t == null)) {
                    throw new MisalignedReplyException(e.id(), e.id() + " returned " + reply.targets().size()
                            + " translations for " + request.texts().size() + " segments");
                }
                return reply.targets();
            } catch (MisalignedReplyException m) {
                meter.inputTokens += m.inputTokens();
                meter.outputTokens += m.outputTokens();
                if (++misaligned >= MISALIGNED_TRIES) {
                    throw m;
                }
                log.warn("{}; trying the batch of {} once more", m.getMessage(), request.texts().size());
                meter.retries++;
            } catch (TransientTranslationException t) {
                if (++transientFailures >= retry.maxAttempts()) {
                    throw t;
                }
                // The provider's Retry-After holds back every thread of the run, not only this one.
                t.retryAfter().ifPresent(limiter::pause);
                Duration wait = retry.delay(transientFailures, t.retryAfter().orElse(null));
                log.warn("{} (try {} of {}); retrying in {} ms", t.getMessage(), transientFailures,
                        retry.maxAttempts(), wait.toMillis());
                meter.retries++;
                sleep(e, wait);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new TransientTranslationException(e.id(), "interrupted while waiting to call " + e.id(), null,
                        ie);
            }
        }
    }

    private void sleep(TranslationEngine e, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new TransientTranslationException(e.id(), "interrupted while backing off from " + e.id(), null, ie);
        }
    }

    private record Stage(TranslationEngine engine, RateLimiter limiter) {
    }

    private record Article(String title, List<String> all, Map<Long, Integer> indexOf, long runId) {
    }

    /** One engine's figures for one article. */
    private static final class Meter {
        long segments;
        long characters;
        long requests;
        long retries;
        long rejected;
        long billed;
        long inputTokens;
        long outputTokens;

        EngineUsage usage(String engine) {
            return new EngineUsage(engine, segments, characters, requests, retries, rejected, billed, inputTokens,
                    outputTokens);
        }
    }

    private static final class Counters {
        final Meter[] meters;
        int memory;
        int machine;
        int failed;
        Map<String, List<PendingSegment>> twins = Map.of();

        Counters(int engines) {
            meters = new Meter[engines];
            for (int i = 0; i < engines; i++) {
                meters[i] = new Meter();
            }
        }
    }
}
