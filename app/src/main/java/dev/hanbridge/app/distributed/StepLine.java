package dev.hanbridge.app.distributed;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import dev.hanbridge.app.job.OrphanExports;
import dev.hanbridge.app.job.Takeovers;
import dev.hanbridge.app.job.Progress;
import dev.hanbridge.app.job.TranslateJobConfig;
import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.PartitionStore;
import dev.hanbridge.store.RunStore;

/**
 * The manager's line when a step ends, as a single machine prints it, plus where its partitions
 * ran. For ingest it also stores how many sources were skipped as unchanged (read, not written),
 * from the partitions' counts that Spring Batch adds up into the step. Translate counts articles
 * from the database, as the single-machine step does: its items are units of work that may pack
 * several short articles. It also clears the files killed exports left (OrphanExports) where the
 * single-machine ingest and export steps do, since those steps' own listeners do not run here, and
 * once more when the export step has completed: a partition killed and taken over within the run
 * leaves its temporary files, which no restart would come to clear.
 */
final class StepLine implements StepExecutionListener {

    private final Progress progress;
    private final PartitionStore partitions;
    private final RunStore runs;
    private final ArticleStore articles;
    private final ExportFileStore files;

    StepLine(Progress progress, PartitionStore partitions, RunStore runs, ArticleStore articles, ExportFileStore files) {
        this.progress = progress;
        this.partitions = partitions;
        this.runs = runs;
        this.articles = articles;
        this.files = files;
    }

    /**
     * Before export: the files a killed attempt wrote and never recorded go, once, before any
     * partition writes (as the single-machine export step does; its partitions leave it to this).
     */
    @Override
    public void beforeStep(StepExecution step) {
        if (step.getStepName().equals("export")) {
            runs.find(step.getJobParameters().getLong(TranslateJobConfig.RUN_ID))
                    .ifPresent(run -> OrphanExports.remove(run, files, true));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        String name = step.getStepName();
        String where = PartitionWatch.perWorker(partitions.of(step.getJobExecutionId(), name));
        String on = where.isEmpty() ? "" : "; partitions on " + where;
        if (name.equals("ingest")) {
            long skipped = step.getReadCount() - step.getWriteCount();
            long runId = step.getJobParameters().getLong(TranslateJobConfig.RUN_ID);
            runs.setSkipped(runId, skipped);
            Takeovers.afterIngest(step, runs, files);
            progress.done(name, step.getReadCount(), -1,
                    "sources read, " + skipped + " unchanged and skipped" + took(step) + on);
        } else if (name.equals("translate")) {
            Map<ArticleStatus, Long> counts = articles.countByStatus(step.getJobParameters().getLong(TranslateJobConfig.RUN_ID));
            long translated = counts.getOrDefault(ArticleStatus.TRANSLATED, 0L);
            progress.done(name, translated, translated + counts.getOrDefault(ArticleStatus.INGESTED, 0L),
                    "articles" + took(step) + on);
        } else {
            if (name.equals("export") && step.getStatus() == BatchStatus.COMPLETED) {
                // Every partition has finished: what a killed one wrote and never recorded (its
                // temporary files; final ones its successor wrote again and recorded) goes now,
                // once, rather than staying in the folder beside the bundle. The partitions leave
                // it alone while they run: unrecorded then may be another partition's file.
                runs.find(step.getJobParameters().getLong(TranslateJobConfig.RUN_ID))
                        .ifPresent(run -> OrphanExports.remove(run, files, true));
            }
            progress.done(name, step.getWriteCount(), step.getReadCount(), "articles" + took(step) + on);
        }
        return step.getExitStatus();
    }

    private static String took(StepExecution step) {
        if (step.getStartTime() == null) {
            return "";
        }
        return String.format(" (%.1f s)", Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis() / 1000.0);
    }
}
