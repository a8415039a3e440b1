package dev.hanbridge.app.job;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStore;

/**
 * What a run's finished ingest says about the failed runs before it. Each article it took over
 * marked its run already (IngestWriter); a failed run that holds no article at all and read only
 * what this run read is taken over too: a killed run's ingest commits can be lost with the
 * process (the embedded database writes commits out within its write delay, 100 ms), and this
 * run ingested the same sources afresh. The files the killed exports of all these runs wrote and
 * never recorded go.
 *
 * <p>Public for the manager of a distributed run (app/distributed), whose ingest step ends the
 * same way.
 */
public final class Takeovers {

    private Takeovers() {
    }

    /** After the ingest step of a run, once it completed (a partial ingest has not read its inputs). */
    public static void afterIngest(StepExecution step, RunStore runs, ExportFileStore files) {
        if (step.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        long runId = step.getJobParameters().getLong(TranslateJobConfig.RUN_ID);
        runs.find(runId).ifPresent(taker -> {
            List<Path> read = RunContext.of(taker).inputs();
            for (RunRecord failed : runs.failedWithoutArticles(runId)) {
                if (RunContext.of(failed).inputs().stream().allMatch(input -> read.stream().anyMatch(input::startsWith))) {
                    runs.markTakenOver(failed.id(), runId);
                }
            }
        });
        runs.takenOverBy(runId).forEach(previous -> OrphanExports.remove(previous, files, false));
    }
}
