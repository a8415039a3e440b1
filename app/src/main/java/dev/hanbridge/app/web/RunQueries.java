package dev.hanbridge.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import dev.hanbridge.app.run.RunLauncher;
import dev.hanbridge.app.run.RunSummary;
import dev.hanbridge.app.serve.RunService;
import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.store.ArticleRow;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore.ExportFileRow;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStatus;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.store.QaStore;
import dev.hanbridge.store.QaSummary;
import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.SegmentPair;

/**
 * Reads runs for the API and the pages: the stored run, its articles, and live progress from the
 * job repository (the step that works now, its read and write counts) and the articles' statuses.
 */
@Component
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
class RunQueries {

    private final RunStore runs;
    private final ArticleStore articles;
    private final ExportFileStore files;
    private final RunLauncher launcher;
    private final JobRepository jobRepository;
    private final TranslationStore translations;
    private final RunService service;
    private final QaStore qa;

    RunQueries(RunStore runs, ArticleStore articles, ExportFileStore files, RunLauncher launcher,
            JobRepository jobRepository, TranslationStore translations, RunService service, QaStore qa) {
        this.qa = qa;
        this.service = service;
        this.runs = runs;
        this.articles = articles;
        this.files = files;
        this.launcher = launcher;
        this.jobRepository = jobRepository;
        this.translations = translations;
    }

    RunRecord record(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("no run " + runId));
    }

    List<Views.Run> recent(int limit) {
        return runs.recent(limit).stream().map(this::view).toList();
    }

    Views.Run view(RunRecord run) {
        RunSummary s = launcher.summarize(run.id(), null);
        // A run this server is resuming is recorded as failed until its job starts again.
        boolean resuming = run.status() != RunStatus.RUNNING && service.isActive(run.id());
        return new Views.Run(run.id(), resuming ? RunStatus.RUNNING.name() : run.status().name(), run.engine(),
                run.formats(), run.startedAt(), resuming ? null : run.finishedAt(), run.message(),
                resuming ? new Views.Progress("resuming", 0, -1, progress(run).percent()) : progress(run), s.ingested(), s.failed().size(), s.skipped(),
                s.segments(), s.segments() - s.untranslated(), qa(s.qa()), Links.run(run.id(), run.bundlePath() != null));
    }

    Views.RunDetail detail(long runId) {
        RunRecord run = record(runId);
        Map<Long, Map<String, Long>> by = translations.translatedByArticle(runId);
        Map<Long, QaSummary> qaBy = qa.byArticle(runId);
        List<Views.Article> list = new ArrayList<>();
        List<Views.Failure> failures = new ArrayList<>();
        for (ArticleRow row : articles.rowsOf(runId)) {
            list.add(new Views.Article(row.id(), row.sourceName(), row.title(), row.status().name(), row.segments(),
                    row.translated(), by.getOrDefault(row.id(), Map.of()), qa(qaBy.getOrDefault(row.id(), QaSummary.NONE)),
                    row.failureReason(),
                    Links.article(runId, row.id())));
            if (row.status() == ArticleStatus.FAILED) {
                failures.add(new Views.Failure(row.id(), row.sourceName(), row.failureReason()));
            }
        }
        return new Views.RunDetail(view(run), list, failures);
    }

    /** The run's article with segments, or 404. */
    ArticleRow article(long runId, long articleId) {
        return articles.row(articleId).filter(a -> a.runId() != null && a.runId() == runId)
                .orElseThrow(() -> new NotFoundException("run " + runId + " has no article " + articleId));
    }

    /** The article's segments with QA findings, each finding with the text it points at. */
    Views.ArticleQa articleQa(long runId, long articleId) {
        RunRecord run = record(runId);
        article(runId, articleId);
        BilingualArticle bilingual = articles.loadBilingual(articleId, run.targetLang());
        List<Views.FlaggedSegment> flagged = new ArrayList<>();
        for (BilingualBlock block : bilingual.blocks()) {
            for (SegmentPair s : block.segments()) {
                if (s.findings().isEmpty()) {
                    continue;
                }
                List<Views.Finding> findings = s.findings().stream().map(f -> new Views.Finding(f.check(),
                        f.severity().id(), f.message(), span(f.source(), s.source()), span(f.target(), s.target())))
                        .toList();
                flagged.add(new Views.FlaggedSegment(s.segmentId(), block.index(), s.index(), s.source(), s.target(),
                        s.origin() == null ? null : s.origin().name(), s.engine(), findings));
            }
        }
        return new Views.ArticleQa(articleId, qa(qa.byArticle(runId).getOrDefault(articleId, QaSummary.NONE)), flagged);
    }

    private static Views.Span span(QualityFinding.Span span, String text) {
        return span == null ? null : new Views.Span(span.start(), span.end(), span.of(text));
    }

    static Views.Qa qa(QaSummary summary) {
        return new Views.Qa(summary.checked(), summary.flagged(), summary.errors(), summary.warnings(),
                summary.byCheckIds());
    }

    /** The run's files: per-article exports, the manifest, the bundle. */
    List<Views.File> files(long runId) {
        RunRecord run = record(runId);
        Path runDir = RunFiles.runDir(run);
        List<Views.File> out = new ArrayList<>();
        for (ExportFileRow row : files.ofRun(runId)) {
            Path path = Path.of(row.path());
            if (row.articleId() == null) {
                out.add(new Views.File(path.getFileName().toString(), row.format(), null, row.size(), row.sha256(),
                        Links.bundle(runId)));
            } else if (path.startsWith(runDir)) {
                String name = runDir.relativize(path).toString();
                out.add(new Views.File(name, row.format(), row.articleId(), row.size(), row.sha256(),
                        Links.file(runId, name)));
            }
        }
        Path manifest = runDir.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            try {
                out.add(new Views.File("manifest.json", "manifest", null, Files.size(manifest), null,
                        Links.file(runId, "manifest.json")));
            } catch (IOException e) {
                // Gone between the check and the size: leave it out.
            }
        }
        out.sort(Comparator.comparing((Views.File f) -> f.articleId() == null ? Long.MAX_VALUE : f.articleId())
                .thenComparing(Views.File::name));
        return out;
    }

    /** Where the run is now. Weights of the steps in the whole: ingest 10 %, translate 70 %, export 15 %. */
    Views.Progress progress(RunRecord run) {
        if (run.status() == RunStatus.COMPLETED) {
            long exported = articles.countByStatus(run.id()).get(ArticleStatus.EXPORTED);
            return new Views.Progress("done", exported, exported, 100);
        }
        if (run.jobExecutionId() == null) {
            return new Views.Progress("queued", 0, -1, 0);
        }
        JobExecution execution = jobRepository.getJobExecution(run.jobExecutionId());
        StepExecution step = execution == null ? null : execution.getStepExecutions().stream()
                .max(Comparator.comparing(StepExecution::getId)).orElse(null);
        if (step == null) {
            return new Views.Progress("starting", 0, -1, 0);
        }
        Map<ArticleStatus, Long> counts = articles.countByStatus(run.id());
        long exported = counts.get(ArticleStatus.EXPORTED);
        long translated = counts.get(ArticleStatus.TRANSLATED) + exported;
        long total = counts.get(ArticleStatus.INGESTED) + translated;
        return switch (step.getStepName()) {
            case "ingest" -> new Views.Progress("ingest", step.getReadCount(), -1, 5);
            case "translate" -> new Views.Progress("translate", translated, total, 10 + share(translated, total, 70));
            case "export" -> new Views.Progress("export", exported, total, 80 + share(exported, total, 15));
            default -> new Views.Progress(step.getStepName(), exported, total, 97);
        };
    }

    private static int share(long done, long total, int weight) {
        return total <= 0 ? weight : (int) (weight * Math.min(done, total) / total);
    }
}
