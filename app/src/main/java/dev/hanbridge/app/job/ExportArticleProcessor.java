package dev.hanbridge.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.export.ArticleExporter;
import dev.hanbridge.export.ExportedFile;
import dev.hanbridge.store.ArticleStore;

/** Writes one article's files in every requested format; called from several threads at once. */
class ExportArticleProcessor implements ItemProcessor<Long, ExportArticleProcessor.Exported> {

    record Exported(long articleId, List<ExportedFile> files) {
    }

    private final ArticleStore articles;
    private final ArticleExporter exporter;
    private final RunContext run;
    private final Progress progress;
    private final long total;
    private final AtomicLong done = new AtomicLong();

    ExportArticleProcessor(ArticleStore articles, ArticleExporter exporter, RunContext run, Progress progress,
            long total) {
        this.articles = articles;
        this.exporter = exporter;
        this.run = run;
        this.progress = progress;
        this.total = total;
    }

    @Override
    public Exported process(Long articleId) {
        BilingualArticle article = RunExports.prepare(articles.loadBilingual(articleId, run.targetLang()), run);
        try {
            List<ExportedFile> files = exporter.export(article, run.runDir());
            progress.update("export", done.incrementAndGet(), total, article.name());
            return new Exported(articleId, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the exports of " + article.name() + " to " + run.runDir()
                    + ": " + e.getMessage(), e);
        }
    }
}
