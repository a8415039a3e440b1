package dev.hanbridge.translate.driver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hanbridge.common.EngineUsage;

/**
 * What happened to the pending segments of the articles given to {@link TranslationDriver#translate}.
 *
 * @param pending segments that had no translation when the work began
 * @param fromMemory taken from translation memory, an in-article repeat of a sentence sent once included
 * @param machineTranslated translated by an engine of the chain
 * @param failed rejected for good by the last engine of the chain, and recorded so
 * @param requests requests to all engines, every try counted
 * @param retries tries that failed and were repeated
 * @param usage per engine of the chain that was called, what it cost
 * @param copied without Korean, so copied as they are and sent to no engine
 */
public record Outcome(int pending, int fromMemory, int machineTranslated, int failed, int requests, int retries,
        List<EngineUsage> usage, int copied) {

    public static final Outcome NONE = new Outcome(0, 0, 0, 0, 0, 0, List.of(), 0);

    public Outcome {
        usage = List.copyOf(usage);
    }

    /** An outcome in which nothing was copied. */
    public Outcome(int pending, int fromMemory, int machineTranslated, int failed, int requests, int retries,
            List<EngineUsage> usage) {
        this(pending, fromMemory, machineTranslated, failed, requests, retries, usage, 0);
    }

    public int untranslated() {
        return pending - copied - fromMemory - machineTranslated;
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
                failed + o.failed, requests + o.requests, retries + o.retries, List.copyOf(byEngine.values()),
                copied + o.copied);
    }
}
