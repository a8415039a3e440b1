package dev.hanbridge.translate;

import dev.hanbridge.common.EngineUsage;

/**
 * Where the driver adds up what each engine cost a run. Called by several threads at once, once
 * per engine that was called for a unit of work; committed on its own like
 * {@link TranslationLedger#save}, so requests already paid for stay counted.
 */
@FunctionalInterface
public interface UsageLedger {

    void add(long runId, EngineUsage usage);
}
