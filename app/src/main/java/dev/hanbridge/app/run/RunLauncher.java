package dev.hanbridge.app.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import dev.hanbridge.app.job.LimitStop;
import dev.hanbridge.app.job.OrphanExports;
import dev.hanbridge.app.job.RunOwner;
import dev.hanbridge.app.job.TranslateJobConfig;
import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.store.ArticleRow;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.QaStore;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStatus;
import dev.hanbridge.store.IdentityCounters;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.SpendLimits;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.store.UsageStore;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.driver.SpendLimitReachedException;

/**
 * Starts and restarts runs of the {@code translate} job, and notices runs whose process died
 * (killed, machine lost power) so that they can be restarted.
 */
@Service
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job translateJob;
    private final RunStore runs;
    private final IdentityCounters counters;
    private final ArticleStore articles;
    private final TranslationStore translations;
    private final ExportFileStore files;
    private final EngineRegistry engines;
    private final EngineSettings settings;
    private final UsageStore usage;
    private final SpendLimits defaultLimits;
    private final QaStore qa;

    /**
     * Spring Batch's operator and repository and the job (its steps, readers and thread pools)
     * come as lazy proxies, created on first use: {@code hanbridge jobs} needs the launcher to
     * list runs, and Batch only when it finds a run whose process died.
     */
    public RunLauncher(@Lazy JobOperator jobOperator, @Lazy JobRepository jobRepository, @Lazy Job translateJob,
            RunStore runs,
            ArticleStore articles, TranslationStore translations, ExportFileStore files, EngineRegistry engines,
            EngineSettings settings, UsageStore usage, QaStore qa, IdentityCounters counters, Environment environment) {
        this.counters = counters;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.translateJob = translateJob;
        this.runs = runs;
        this.articles = articles;
        this.translations = translations;
        this.files = files;
        this.engines = engines;
        this.settings = settings;
        this.usage = usage;
        this.qa = qa;
        this.defaultLimits = new SpendLimits(environment.getProperty("hanbridge.max-characters", Long.class),
                environment.getProperty("hanbridge.max-tokens", Long.class));
    }

    /**
     * Runs the job on the request's inputs and waits for it.
     *
     * @throws IllegalArgumentException for a missing input, an unwritable output folder, an unknown
     *         or misconfigured engine: nothing is started then
     */
    public RunSummary run(RunRequest request) {
        return start(prepare(request));
    }

    /**
     * Checks the request and records the run without starting its job, so that a caller (the
     * server) can answer with the run's id at once and {@link #start(long)} it on another thread.
     *
     * @return the new run's id
     * @throws IllegalArgumentException as {@link #run(RunRequest)}: nothing is recorded then
     */
    public long prepare(RunRequest request) {
        for (Path input : request.inputs()) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("input not found: " + input);
            }
        }
        // The run records what 'auto' stood for when it started, so a restart uses the same engine.
        String engine = engines.resolve(request.engine(), settings);
        engines.create(engine, settings); // fails now, with the setting to fix, not mid-run
        Path out = request.outDir().toAbsolutePath().normalize();
        checkWritable(out);
        recoverInterrupted();
        String inputs = request.inputs().stream().map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining("\n"));
        String formats = request.formats().stream().sorted().map(ExportFormat::id).collect(Collectors.joining(","));
        long runId = runs.create(inputs, engine, formats, request.sourceLang(), request.targetLang(),
                out.toString(), RunOwner.host(), RunOwner.pid());
        runs.setLimits(runId, defaultLimits.overriddenBy(request.limits()));
        return runId;
    }

    /** Runs the job of a run {@link #prepare(RunRequest) prepared} before, and waits for it. */
    public RunSummary start(long runId) {
        RunRecord run = runs.find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        String inputs = run.inputs();
        JobParameters parameters = new JobParametersBuilder()
                .addLong(TranslateJobConfig.RUN_ID, runId)
                .addString("input", inputs.length() > 2000 ? inputs.substring(0, 2000) : inputs)
                .toJobParameters();
        try {
            JobExecution execution = jobOperator.start(translateJob, parameters);
            return finish(runId, execution);
        } catch (Exception e) {
            runs.finish(runId, RunStatus.FAILED, e.getMessage());
            throw new IllegalStateException("run " + runId + " could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Asks a running run's job to stop at its next chunk boundary; it ends STOPPED and can be
     * restarted. Returns {@code false} when the run has no running job.
     */
    public boolean stop(long runId) {
        RunRecord run = runs.find(runId).orElse(null);
        if (run == null || run.jobExecutionId() == null) {
            return false;
        }
        JobExecution execution = jobRepository.getJobExecution(run.jobExecutionId());
        if (execution == null || !execution.getStatus().isRunning()) {
            return false;
        }
        try {
            return jobOperator.stop(execution);
        } catch (JobExecutionNotRunningException e) {
            return false;
        }
    }

    /**
     * Resumes a run that failed, stopped at its spend limit or whose process died: finished steps
     * are not repeated, stored translations are not requested again.
     *
     * @param engine another engine to finish with, or {@code null} for the run's own
     */
    public RunSummary restart(long runId, String engine) {
        return restart(runId, engine, SpendLimits.NONE);
    }

    /**
     * As {@link #restart(long, String)}, with new spend limits where {@code limits} gives them (0
     * for none); the run keeps its own otherwise. What the run spent before counts against them.
     */
    public RunSummary restart(long runId, String engine, SpendLimits limits) {
        recoverInterrupted();
        RunRecord run = runs.find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId
                + "; hanbridge jobs lists the runs"));
        if (run.status() == RunStatus.COMPLETED) {
            throw new IllegalArgumentException("run " + runId + " has completed; nothing to restart");
        }
        if (run.status() == RunStatus.RUNNING) {
            throw new IllegalArgumentException("run " + runId + " is still running (process " + run.ownerPid()
                    + " on " + run.ownerHost() + ")");
        }
        if (!summarize(runId, null).resumable()) {
            throw new IllegalArgumentException("run " + runId + " has nothing left to restart: run "
                    + run.takenOverBy() + " took over its unfinished articles (hanbridge jobs shows how it went)");
        }
        if (engine != null && !engine.equals(run.engine())) {
            String chosen = engines.resolve(engine, settings);
            engines.create(chosen, settings);
            runs.updateEngine(runId, chosen);
        } else {
            engines.create(run.engine(), settings);
        }
        if (run.jobExecutionId() == null) {
            throw new IllegalArgumentException("run " + runId + " never started a job; start a new run instead");
        }
        runs.setLimits(runId, runs.limits(runId).overriddenBy(limits));
        JobExecution last = jobRepository.getJobExecution(run.jobExecutionId());
        try {
            if (last.getStatus().isRunning()) {
                last = jobOperator.recover(last);
            }
            JobExecution execution = jobOperator.restart(last);
            return finish(runId, execution);
        } catch (Exception e) {
            runs.finish(runId, RunStatus.FAILED, e.getMessage());
            throw new IllegalStateException("run " + runId + " could not restart: " + e.getMessage(), e);
        }
    }

    /**
     * Marks as failed the runs recorded as running by a process of this machine that no longer
     * exists, and tells the job repository, so they can be restarted. Runs owned by another
     * machine are left alone: only that machine can tell whether they still work.
     */
    public void recoverInterrupted() {
        String host = RunOwner.host();
        boolean recovered = false;
        for (RunRecord run : runs.running()) {
            boolean ours = host.equals(run.ownerHost());
            boolean alive = run.ownerPid() != null && ProcessHandle.of(run.ownerPid()).map(ProcessHandle::isAlive)
                    .orElse(false);
            if (!ours || alive) {
                continue;
            }
            if (run.jobExecutionId() != null) {
                JobExecution execution = jobRepository.getJobExecution(run.jobExecutionId());
                if (execution != null && execution.getStatus().isRunning()) {
                    jobOperator.recover(execution);
                }
            }
            String when = onlyBundleLeft(run.id()) ? " ended while the run wrote its bundle"
                    : " ended before the run finished";
            runs.finish(run.id(), RunStatus.FAILED, "interrupted: process " + run.ownerPid() + when);
            log.warn("run {} was interrupted (process {} is gone); marked failed", run.id(), run.ownerPid());
            // What its killed export or bundle wrote and never recorded: a restart writes it again
            // under the same names, and a run that takes its articles over writes its own. Not
            // while a worker of a distributed run may still write there: the restart's manager
            // clears the folder before its export step (app/distributed).
            if (!runs.hasUnfinishedPartitions(run.id())) {
                runs.find(run.id()).ifPresent(failed -> OrphanExports.remove(failed, files, false));
            }
            recovered = true;
        }
        if (recovered) {
            // The kill may have cost the embedded database the id counters' last steps.
            counters.repair().forEach(behind -> log.warn("{} was behind its rows after the kill; moved on", behind));
        }
    }

    /** Whether the run has articles and every one is exported or failed: only its bundle was left to write. */
    private boolean onlyBundleLeft(long runId) {
        Map<ArticleStatus, Long> byStatus = articles.countByStatus(runId); // every status, 0 when none
        return byStatus.get(ArticleStatus.INGESTED) + byStatus.get(ArticleStatus.TRANSLATED) == 0
                && byStatus.get(ArticleStatus.EXPORTED) + byStatus.get(ArticleStatus.FAILED) > 0;
    }

    private RunSummary finish(long runId, JobExecution execution) {
        boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
        String reason = ok ? null : reason(execution);
        RunStatus status = ok ? RunStatus.COMPLETED : limitReached(execution) ? RunStatus.LIMIT_REACHED : RunStatus.FAILED;
        if (!ok) {
            // To the log file only (INFO is below the console's threshold): the summary says it in one line.
            List<Throwable> failures = execution.getAllFailureExceptions();
            log.info("run {} ended {}: {}", runId, status, reason, failures.isEmpty() ? null : failures.get(0));
        }
        runs.finish(runId, status, reason);
        return summarize(runId, reason);
    }

    /**
     * Whether the run stopped at its spend limit rather than failed: by the exception on one machine,
     * by a step's exit code in a distributed run (its partitions stopped on workers).
     */
    private static boolean limitReached(JobExecution execution) {
        if (execution.getStepExecutions().stream().anyMatch(LimitStop::reached)) {
            return true;
        }
        for (Throwable t : execution.getAllFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof SpendLimitReachedException) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The summary of a run as stored now. Counted in the database: a run's articles and files are
     * not loaded (hanbridge jobs summarizes every run it lists).
     */
    public RunSummary summarize(long runId, String reason) {
        RunRecord run = runs.find(runId).orElseThrow();
        long articleCount = articles.countByStatus(runId).values().stream().mapToLong(Long::longValue).sum();
        List<ArticleRow> failed = articles.rowsOf(runId, ArticleStatus.FAILED);
        long[] segments = translations.segmentCounts(runId);
        long fileCount = files.articleFileCount(runId);
        return new RunSummary(run, articleCount - failed.size(), runs.skipped(runId), failed, segments[0], segments[1],
                translations.translatedBy(runId), translations.failureCount(runId), usage.ofRun(runId), fileCount,
                reason != null ? reason : run.message(), qa.ofRun(runId), runs.warnings(runId), runs.limits(runId));
    }

    /** One line a person can act on: the deepest message of the first failure. */
    static String reason(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return "the job ended " + execution.getStatus();
        }
        Throwable t = failures.get(0);
        String message = t.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? failures.get(0).getClass().getSimpleName() : message;
    }

    private static void checkWritable(Path out) {
        try {
            Files.createDirectories(out);
            Path probe = Files.createTempFile(out, ".hanbridge-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot write to the output folder " + out + " (" + e + ")");
        }
    }
}
