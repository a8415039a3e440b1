package dev.hanbridge.translate.driver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.TranslationLedger;
import dev.hanbridge.translate.TranslationRequest;

/**
 * Sends segments along the fallback chain and stores every answer before the next request. A
 * sentence repeated in the unit of work is sent once and its repeats take the same target. Each
 * engine gets batches cut to its own limits; a batch it rejects as wrong input is halved down to
 * single segments, so one bad segment does not sink its neighbours, and a segment rejected for
 * good goes to the next engine. What the last engine rejects is recorded and left untranslated.
 *
 * <p>An engine that stops for good (configuration or quota failure, or the same refusal of single
 * segments again and again, see {@link EngineHealth}) passes everything it has not translated to
 * the next engine, and is reported once; the last engine's stop propagates and stops the run.
 * While an engine has not yet answered a request in line, a batch it fails is not halved but
 * walked segment by segment until one goes through, so that an engine that cannot translate at all
 * is found out within a few requests.
 */
final class ChainSender {

    private static final Logger log = LoggerFactory.getLogger(ChainSender.class);

    private final List<Link> chain;
    private final RetryingCall call;
    private final TranslationLedger ledger;
    private final String targetLang;
    private final Map<String, String> glossary;
    private final Consumer<String> warnings;

    ChainSender(List<Link> chain, RetryingCall call, TranslationLedger ledger, String targetLang,
            Map<String, String> glossary, Consumer<String> warnings) {
        this.chain = chain;
        this.call = call;
        this.ledger = ledger;
        this.targetLang = targetLang;
        this.glossary = Map.copyOf(glossary);
        this.warnings = warnings;
    }

    void send(List<PendingSegment> segments, Window window, long runId, Tally tally) {
        new Pass(window, runId, tally).send(segments);
    }

    /** One call of {@link #send}: its repeats and the reasons its segments were rejected. */
    private final class Pass {

        private final Window window;
        private final long runId;
        private final Tally tally;
        private final Map<String, List<PendingSegment>> twins = new LinkedHashMap<>();
        private final Map<Long, String> reasons = new HashMap<>();
        private final Set<Long> stored = new HashSet<>();

        Pass(Window window, long runId, Tally tally) {
            this.window = window;
            this.runId = runId;
            this.tally = tally;
        }

        void send(List<PendingSegment> segments) {
            List<PendingSegment> todo = new ArrayList<>();
            for (PendingSegment s : segments) {
                List<PendingSegment> same = twins.computeIfAbsent(s.sourceHash(), h -> new ArrayList<>());
                if (same.isEmpty()) {
                    todo.add(s);
                }
                same.add(s);
            }
            for (int i = 0; i < chain.size() && !todo.isEmpty(); i++) {
                Link link = chain.get(i);
                List<PendingSegment> rejected = new ArrayList<>();
                try {
                    for (List<PendingSegment> batch : Batches.split(todo, PendingSegment::sourceText, link.limits())) {
                        translate(link, tally.meter(i), batch, rejected);
                    }
                } catch (EngineConfigurationException | QuotaExceededException stop) {
                    if (i + 1 == chain.size()) {
                        throw stop;
                    }
                    rejected = todo.stream().filter(s -> !stored.contains(s.segmentId())).toList();
                    if (link.health().firstReport()) {
                        String warning = link.id() + " stopped: " + stop.getMessage() + " The rest went to "
                                + chain.get(i + 1).id() + ".";
                        log.warn(warning);
                        warnings.accept(warning);
                    }
                    todo = rejected;
                    continue;
                }
                if (!rejected.isEmpty() && i + 1 < chain.size()) {
                    log.info("{} rejected {} segment(s); passing them to {}", link.id(), rejected.size(),
                            chain.get(i + 1).id());
                }
                todo = rejected;
            }
            String lastEngine = chain.get(chain.size() - 1).id();
            for (PendingSegment s : todo) {
                log.warn("segment {} left untranslated: {}", s.segmentId(), reasons.get(s.segmentId()));
                ledger.recordFailure(s.segmentId(), runId, lastEngine, reasons.get(s.segmentId()));
                tally.failed++;
            }
        }

        private void translate(Link link, UsageMeter meter, List<PendingSegment> batch,
                List<PendingSegment> rejectedOut) {
            if (batch.size() == 1 && !Batches.fitsAlone(batch.get(0).sourceText(), link.limits())) {
                reject(batch.get(0), "the segment is longer than " + link.id() + " accepts in one request ("
                        + batch.get(0).sourceText().length() + " characters)", meter, rejectedOut);
                return;
            }
            TranslationRequest request = new TranslationRequest("ko", targetLang,
                    batch.stream().map(PendingSegment::sourceText).toList(), window.around(batch, glossary));
            List<String> targets;
            try {
                targets = call.call(link, meter, request);
            } catch (PermanentTranslationException rejected) {
                if (batch.size() == 1) {
                    reject(batch.get(0), rejected.getMessage(), meter, rejectedOut);
                    link.health().refused(rejected);
                } else if (!link.health().hasAnswered()) {
                    int i = 0;
                    while (i < batch.size() && !link.health().hasAnswered()) {
                        translate(link, meter, batch.subList(i, i + 1), rejectedOut);
                        i++;
                    }
                    if (i < batch.size()) {
                        translate(link, meter, batch.subList(i, batch.size()), rejectedOut);
                    }
                } else {
                    int half = batch.size() / 2;
                    translate(link, meter, batch.subList(0, half), rejectedOut);
                    translate(link, meter, batch.subList(half, batch.size()), rejectedOut);
                }
                return;
            }
            store(link, batch, targets);
            meter.segments += batch.size();
        }

        /** The batch's targets, and the same targets for the repeats of its sentences. */
        private void store(Link link, List<PendingSegment> batch, List<String> targets) {
            String engine = link.id();
            String model = link.engine().info().model();
            List<NewTranslation> done = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                PendingSegment s = batch.get(i);
                stored.add(s.segmentId());
                done.add(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), targets.get(i),
                        TranslationOrigin.MT, engine, model));
                for (PendingSegment twin : twins.getOrDefault(s.sourceHash(), List.of())) {
                    if (twin.segmentId() != s.segmentId()) {
                        done.add(new NewTranslation(twin.segmentId(), twin.sourceText(), twin.sourceHash(),
                                targets.get(i), TranslationOrigin.TM_EXACT, engine, model));
                        tally.fromMemory++;
                    }
                }
            }
            ledger.save(done, runId, targetLang);
            tally.machineTranslated += batch.size();
        }

        private void reject(PendingSegment s, String reason, UsageMeter meter, List<PendingSegment> rejectedOut) {
            meter.rejected++;
            rejectedOut.add(s);
            reasons.put(s.segmentId(), reason);
        }
    }
}
