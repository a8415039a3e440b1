package dev.hanbridge.translate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjLongConsumer;

import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TmHit;
import dev.hanbridge.common.TmUnit;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.translate.memory.MemoryUnits;
import dev.hanbridge.translate.qa.QaLedger;

/**
 * The ledgers and the memory's units in memory, with the database's rules: the first translation
 * stored for a segment wins, new machine and human translations feed the memory (a later one
 * replaces the entry, except that a machine translation never replaces a human one; what came from
 * memory is not fed back), usage adds up per run and engine, QA results are kept per segment with
 * their checker version and human translations are never offered for checking. Articles are a title
 * segment followed by paragraphs of sentences, hashed as ingest hashes them. Safe for several threads.
 */
public final class InMemoryLedger implements TranslationLedger, UsageLedger, MemoryUnits, QaLedger {

    /** A stored translation and the run that stored it. */
    public record Stored(NewTranslation translation, long runId) {
        public String engine() {
            return translation.engine();
        }

        public String source() {
            return translation.sourceText();
        }

        public String target() {
            return translation.targetText();
        }
    }

    /** A segment the last engine rejected for good. */
    public record Failure(long segmentId, long runId, String engine, String reason) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, List<PendingSegment>> articles = new HashMap<>();
    private final Map<Long, Stored> translations = new LinkedHashMap<>();
    private final Map<String, TmHit> memory = new HashMap<>();
    /** The memory's units by number, and the number of each language and hash. */
    private final Map<Long, TmUnit> units = new TreeMap<>();
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<Long, List<MemoryMatch>> candidates = new HashMap<>();
    private final Map<String, Integer> memoryUses = new HashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<Long, Map<String, EngineUsage>> usage = new HashMap<>();
    private final Map<Long, SegmentPair> checked = new LinkedHashMap<>();
    private final Map<Long, Integer> checkerVersions = new HashMap<>();

    /** A run id, as a new run would get. */
    public long run() {
        return ids.incrementAndGet();
    }

    /** An article of its title and one paragraph per sentence list; returns its id. */
    public synchronized long article(String title, List<List<String>> paragraphs) {
        long article = ids.incrementAndGet();
        List<PendingSegment> segments = new ArrayList<>();
        segments.add(segment(0, 0, title));
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int s = 0; s < paragraphs.get(p).size(); s++) {
                segments.add(segment(p + 1, s, paragraphs.get(p).get(s)));
            }
        }
        articles.put(article, List.copyOf(segments));
        return article;
    }

    private PendingSegment segment(int block, int position, String text) {
        return new PendingSegment(ids.incrementAndGet(), block, position, text, KoreanText.hash(text));
    }

    @Override
    public synchronized List<PendingSegment> pending(long articleId) {
        return articles.getOrDefault(articleId, List.of()).stream()
                .filter(s -> !translations.containsKey(s.segmentId())).toList();
    }

    @Override
    public synchronized Map<String, TmHit> lookup(Collection<String> sourceHashes, String targetLang) {
        Map<String, TmHit> hits = new HashMap<>();
        for (String hash : sourceHashes) {
            TmHit hit = memory.get(targetLang + " " + hash);
            if (hit != null) {
                hits.put(hash, hit);
            }
        }
        return hits;
    }

    @Override
    public synchronized void save(List<NewTranslation> batch, long runId, String targetLang) {
        for (NewTranslation t : batch) {
            if (translations.putIfAbsent(t.segmentId(), new Stored(t, runId)) == null && !t.fromMemory()
                    && (t.origin() == TranslationOrigin.MT || t.origin() == TranslationOrigin.HUMAN)) {
                remember(t.sourceText(), t.targetText(), t.origin(), t.engine(), targetLang);
            }
        }
    }

    /** Puts a unit into the memory, as a run or an import would. */
    public synchronized void remember(String source, String target, TranslationOrigin origin, String engine,
            String targetLang) {
        String key = targetLang + " " + KoreanText.hash(source);
        TmHit old = memory.get(key);
        if (old != null && old.origin() == TranslationOrigin.HUMAN && origin != TranslationOrigin.HUMAN) {
            return;
        }
        memory.put(key, new TmHit(KoreanText.hash(source), target, origin, engine));
        long id = unitIds.computeIfAbsent(key, k -> ids.incrementAndGet());
        units.put(id, new TmUnit(id, source, target, targetLang, origin, engine, 0, null, null, null, null, null));
    }

    @Override
    public synchronized void sourcesAfter(String targetLang, long afterId, ObjLongConsumer<String> sink) {
        units.values().stream().filter(u -> u.id() > afterId && u.targetLang().equals(targetLang)).toList()
                .forEach(u -> sink.accept(u.sourceText(), u.id()));
    }

    @Override
    public synchronized List<TmUnit> units(Collection<Long> ids) {
        return ids.stream().distinct().map(units::get).filter(u -> u != null).toList();
    }

    @Override
    public synchronized void recordCandidates(long runId, Map<Long, List<MemoryMatch>> bySegment) {
        candidates.putAll(bySegment);
    }

    /** The matches recorded for a segment, best first. */
    public synchronized List<MemoryMatch> candidates(long segmentId) {
        return candidates.getOrDefault(segmentId, List.of());
    }

    /** The stored translation of a segment, if any. */
    public synchronized Stored translation(long segmentId) {
        return translations.get(segmentId);
    }

    @Override
    public synchronized void touch(Collection<String> sourceHashes, String targetLang) {
        sourceHashes.forEach(h -> memoryUses.merge(targetLang + " " + h, 1, Integer::sum));
    }

    @Override
    public synchronized void recordFailure(long segmentId, long runId, String engine, String reason) {
        failures.add(new Failure(segmentId, runId, engine, reason));
    }

    @Override
    public synchronized void add(long runId, EngineUsage used) {
        usage.computeIfAbsent(runId, r -> new TreeMap<>()).merge(used.engine(), used, EngineUsage::plus);
    }

    @Override
    public synchronized List<SegmentPair> unchecked(Collection<Long> articleIds, int checkerVersion) {
        List<SegmentPair> out = new ArrayList<>();
        for (PendingSegment s : articleIds.stream().sorted().distinct()
                .flatMap(id -> articles.getOrDefault(id, List.of()).stream()).toList()) {
            Stored t = translations.get(s.segmentId());
            if (t != null && t.translation().origin() != TranslationOrigin.HUMAN
                    && checkerVersions.getOrDefault(s.segmentId(), 0) < checkerVersion) {
                out.add(new SegmentPair(s.segmentId(), s.position(), s.sourceText(), t.target(),
                        t.translation().origin(), t.engine(), t.translation().model()));
            }
        }
        return out;
    }

    @Override
    public synchronized void record(List<SegmentPair> pairs, int checkerVersion) {
        for (SegmentPair pair : pairs) {
            checked.put(pair.segmentId(), pair);
            checkerVersions.put(pair.segmentId(), checkerVersion);
        }
    }

    /** Every QA result recorded, by segment id, the latest for each segment. */
    public synchronized Map<Long, SegmentPair> checked() {
        return Map.copyOf(checked);
    }

    /** Every translation stored, in the order stored. */
    public synchronized List<Stored> translations() {
        return List.copyOf(translations.values());
    }

    public synchronized List<Stored> translationsBy(String engine) {
        return translations.values().stream().filter(t -> engine.equals(t.engine())).toList();
    }

    /** Segments of all articles, translated or not. */
    public synchronized int segmentCount() {
        return articles.values().stream().mapToInt(List::size).sum();
    }

    public synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The run's usage, one entry per engine, by engine id. */
    public synchronized List<EngineUsage> usage(long runId) {
        return List.copyOf(usage.getOrDefault(runId, Map.of()).values());
    }
}
