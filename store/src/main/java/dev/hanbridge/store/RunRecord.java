package dev.hanbridge.store;

import java.time.Instant;

/**
 * One run of the job as hanbridge records it (the Spring Batch job repository keeps the step
 * bookkeeping; this keeps what a person asks about).
 *
 * @param targetLang the BCP 47 tag of the target, e.g. {@code en-US}
 * @param sourceLang the BCP 47 tag the exports give the source, e.g. {@code ko-KR}
 * @param takenOverBy the run that took over this failed run's unfinished articles, or {@code null}
 * @param sourcesSkipped sources the run found unchanged and finished, so left alone
 */
public record RunRecord(long id, String inputs, String engine, String formats, String targetLang, String outDir,
        RunStatus status, String message, String ownerHost, Long ownerPid, Long jobExecutionId, String bundlePath,
        Instant startedAt, Instant finishedAt, String sourceLang, Long takenOverBy, long sourcesSkipped) {
}
