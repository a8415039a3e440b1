package dev.hanbridge.translate;

import dev.hanbridge.common.EngineUsage;

/** Where the translator adds up what each engine cost a run. */
@FunctionalInterface
public interface UsageLedger {

    void add(long runId, EngineUsage usage);
}
