package dev.hanbridge.app.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.export.BundleContents;
import dev.hanbridge.export.BundleManifest;
import dev.hanbridge.export.BundleManifest.BundleSource;
import dev.hanbridge.export.ExportedFile;
import dev.hanbridge.export.RunBundle;
import dev.hanbridge.export.ToolVersion;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.ExportFileStore.ExportFileRow;
import dev.hanbridge.store.QaStore;
import dev.hanbridge.store.QaSummary;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.translate.qa.QaChecker;

/**
 * Writes the run's bundle: every exported file and a manifest with sizes and SHA-256, the run's
 * languages and hanbridge's version, and each source by its relative name, with its SHA-256 and,
 * for a failed one, the reason, and what the QA checks found, in the run and per source. A run with
 * no article at all (every source unchanged and skipped) writes nothing: an empty folder and bundle
 * every quarter hour from cron helps nobody.
 */
class BundleTasklet implements Tasklet {

    private final RunContext run;
    private final RunStore runs;
    private final ArticleStore articles;
    private final TranslationStore translations;
    private final ExportFileStore files;
    private final QaStore qa;

    BundleTasklet(RunContext run, RunStore runs, ArticleStore articles, TranslationStore translations,
            ExportFileStore files, QaStore qa) {
        this.run = run;
        this.runs = runs;
        this.articles = articles;
        this.translations = translations;
        this.files = files;
        this.qa = qa;
    }

    /** The manifest's form of a QA summary; {@code null} (left out) when nothing was checked. */
    static BundleManifest.QaCounts counts(QaSummary summary) {
        if (summary == null || summary.checked() == 0) {
            return null;
        }
        return new BundleManifest.QaCounts(QaChecker.VERSION, summary.checked(), summary.flagged(), summary.errors(),
                summary.warnings(), summary.byCheckIds());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Map<ArticleStatus, Long> byStatus = articles.countByStatus(run.runId());
        if (byStatus.values().stream().mapToLong(Long::longValue).sum() == 0) {
            return RepeatStatus.FINISHED;
        }
        Path runDir = run.runDir();
        Files.createDirectories(runDir);
        Map<Long, QaSummary> qaByArticle = qa.byArticle(run.runId());
        long[] segments = translations.segmentCounts(run.runId());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("articles", byStatus.get(ArticleStatus.EXPORTED));
        counts.put("failed", byStatus.get(ArticleStatus.FAILED));
        counts.put("segments", segments[0]);
        counts.put("translated", segments[0] - segments[1]);
        counts.put("untranslated", segments[1]);
        BundleManifest header = new BundleManifest(run.runId(), ToolVersion.current(), run.engine(),
                run.sourceLang(), run.targetLang(), Instant.now(), counts,
                counts(qaByArticle.values().stream().reduce(QaSummary.NONE, QaSummary::plus)), List.of(), List.of());
        // Sources and files straight from the database, a page at a time: lists of a whole run's rows
        // were most of what a 10,000-article run held live here (bench/cli.sh).
        BundleContents contents = new BundleContents() {
            @Override
            public void sources(Consumer<BundleSource> sink) {
                articles.forEachSourceOf(run.runId(), row -> sink.accept(new BundleSource(run.sourceName(row.sourceUri()),
                        row.contentSha256(), row.id(), row.status().name(),
                        row.status() == ArticleStatus.FAILED ? row.failureReason() : null,
                        counts(qaByArticle.get(row.id())))));
            }

            @Override
            public void files(Consumer<BundleManifest.BundleEntry> sink) {
                files.forEachOfRun(run.runId(), row -> {
                    if (row.articleId() != null) {
                        String relative = runDir.relativize(Path.of(row.path())).toString().replace('\\', '/');
                        sink.accept(new BundleManifest.BundleEntry(relative, row.format(), row.articleId(), row.size(),
                                row.sha256()));
                    }
                });
            }
        };
        ExportedFile bundle = RunBundle.write(runDir, run.bundleZip(), header, contents);
        files.record(new ExportFileRow(run.runId(), null, "bundle", bundle.path().toString(), bundle.size(),
                bundle.sha256()));
        runs.setBundle(run.runId(), bundle.path().toString());
        return RepeatStatus.FINISHED;
    }
}
