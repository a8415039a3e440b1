package dev.hanbridge.app.job;

import java.util.Set;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.export.ArticleExporter;
import dev.hanbridge.export.ExportFormat;

/**
 * How a run's exports show its articles, for every place that writes them: the export step, and
 * a download written on demand in a format the run was not asked for. Both must name the source
 * relative to its input and carry the run's language tags and provenance.
 */
public final class RunExports {

    private RunExports() {
    }

    /** An exporter whose documents name {@code run} in their headers. */
    public static ArticleExporter exporter(Set<ExportFormat> formats, RunRecord run) {
        return new ArticleExporter(formats, RunContext.of(run).provenance());
    }

    /** The stored article as {@code run}'s exports show it. */
    public static BilingualArticle prepare(BilingualArticle stored, RunRecord run) {
        return prepare(stored, RunContext.of(run));
    }

    static BilingualArticle prepare(BilingualArticle stored, RunContext run) {
        return new BilingualArticle(stored.id(), run.sourceName(stored.sourceUri()), stored.name(), stored.title(),
                stored.byline(), stored.section(), stored.publishedAt(), run.sourceLang(), run.targetLang(),
                stored.blocks());
    }
}
