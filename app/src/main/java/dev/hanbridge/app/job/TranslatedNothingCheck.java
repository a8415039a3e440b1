package dev.hanbridge.app.job;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.store.UsageStore;

/**
 * Fails the translate step of a run whose engines were asked and translated nothing, which would
 * otherwise go on to export untranslated files and end COMPLETED with exit status 0.
 *
 * <p>Why failed and not completed with a warning: exit status 0 tells cron the run did its work.
 * A source that cannot be read is skipped and the run still completes, because that is one bad
 * input among good ones; an engine that translated none of what it was sent means the set-up is
 * broken for every input, and nothing the run wrote is what was asked for. Failed, the step is
 * run again by {@code hanbridge restart} (with {@code --engine} to finish with another engine);
 * completed, it would not be. A run in which some segments were translated and some rejected still
 * completes, with the rejections reported, as a skipped source does.
 */
final class TranslatedNothingCheck implements StepExecutionListener {

    private final RunStore runs;
    private final UsageStore usage;
    private final TranslationStore translations;

    TranslatedNothingCheck(RunStore runs, UsageStore usage, TranslationStore translations) {
        this.runs = runs;
        this.usage = usage;
        this.translations = translations;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() != BatchStatus.COMPLETED) {
            return step.getExitStatus();
        }
        long runId = step.getJobParameters().getLong(TranslateJobConfig.RUN_ID);
        List<EngineUsage> used = usage.ofRun(runId);
        long requests = used.stream().mapToLong(EngineUsage::requests).sum();
        long translated = used.stream().mapToLong(EngineUsage::segments).sum();
        if (requests == 0 || translated > 0) {
            return step.getExitStatus();
        }
        // Counted only now: counting reads every segment of the run (0.9 s at 30,000 articles).
        long untranslated = translations.segmentCounts(runId)[1];
        if (untranslated == 0) {
            return step.getExitStatus();
        }
        String engine = runs.find(runId).map(r -> r.engine()).orElse("the engine");
        String why = translations.lastFailureReason(runId).map(r -> " The last refusal: " + r).orElse("");
        step.upgradeStatus(BatchStatus.FAILED);
        step.addFailureException(new IllegalStateException(engine + " was sent " + requests + " requests and translated"
                + " none of the " + untranslated + " segments left." + why + " Check the set-up with: hanbridge engines"
                + " --check " + engine.split(",")[0] + "; then hanbridge restart " + runId + " (--engine ID to"
                + " finish with another engine)."));
        return ExitStatus.FAILED;
    }
}
