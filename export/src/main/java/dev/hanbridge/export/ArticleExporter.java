package dev.hanbridge.export;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.export.corpus.JsonlWriter;
import dev.hanbridge.export.corpus.TsvWriter;
import dev.hanbridge.export.docx.BilingualDocxWriter;
import dev.hanbridge.export.html.HtmlWriter;
import dev.hanbridge.export.english.TargetDocxWriter;
import dev.hanbridge.export.english.TargetHtmlWriter;
import dev.hanbridge.export.english.TargetMarkdownWriter;
import dev.hanbridge.export.tmx.TmxWriter;
import dev.hanbridge.export.xliff.Xliff12Writer;
import dev.hanbridge.export.xliff.XliffWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one article in each requested format. Stateless and thread-safe: the export step may
 * call it from several threads for different articles.
 */
public final class ArticleExporter {

    private final List<ExportFormat> formats;
    private final Provenance provenance;

    /** An exporter outside a run: headers name hanbridge's version only. */
    public ArticleExporter(Set<ExportFormat> formats) {
        this(formats, Provenance.standalone());
    }

    /**
     * @param formats one or more formats; files are written in this set's iteration order
     * @param provenance the run the files belong to, named in the headers of the documents people read
     */
    public ArticleExporter(Set<ExportFormat> formats, Provenance provenance) {
        Objects.requireNonNull(formats, "formats");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("No export format given. Name one or more of: "
                    + ExportFormat.knownIds() + ".");
        }
        this.formats = List.copyOf(new LinkedHashSet<>(formats));
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Writes {@code <article.name()>.<extension>} for each format into {@code dir} (created if
     * missing). Each file is written to a temporary name in the same dir and moved into place
     * atomically ({@code ATOMIC_MOVE}, falling back to {@code REPLACE_EXISTING}), so a crash never
     * leaves a half file under the final name; an existing file of the same name is replaced.
     *
     * @return one file per format, in the order of the formats
     * @throws IllegalArgumentException when the article's name is not a plain file name, or when the
     *     article has no segment (nothing bilingual to write; XLIFF could not even hold it), checked
     *     before any file is written
     */
    public List<ExportedFile> export(BilingualArticle article, Path dir) throws IOException {
        Objects.requireNonNull(article, "article");
        String name = checkedName(article);
        if (article.segmentCount() == 0) {
            throw new IllegalArgumentException("Article " + article.id() + " (" + article.sourceUri()
                    + ") has no segments, so there is nothing bilingual to export. Skip it in the export step.");
        }
        List<ExportedFile> files = new ArrayList<>(formats.size());
        for (ExportFormat format : formats) {
            ArticleWriter writer = writerFor(format);
            Path target = dir.resolve(name + "." + format.extension());
            files.add(AtomicFiles.write(target, format, out -> writer.write(article, out)));
        }
        return List.copyOf(files);
    }

    private ArticleWriter writerFor(ExportFormat format) {
        return switch (format) {
            case TMX -> new TmxWriter(provenance.toolVersion())::write;
            case XLIFF -> new XliffWriter()::write;
            case XLIFF12 -> new Xliff12Writer(provenance.toolVersion())::write;
            case HTML -> new HtmlWriter(provenance)::write;
            case DOCX -> new BilingualDocxWriter(provenance)::write;
            case TSV -> new TsvWriter()::write;
            case JSONL -> new JsonlWriter()::write;
            case TARGET_DOCX -> new TargetDocxWriter(provenance)::write;
            case TARGET_HTML -> new TargetHtmlWriter(provenance)::write;
            case TARGET_MD -> new TargetMarkdownWriter(provenance)::write;
        };
    }

    /** The name becomes a file name in a shared directory: no separators, no hidden or parent names. */
    private static String checkedName(BilingualArticle article) {
        String name = article.name();
        if (name == null || name.isBlank() || name.startsWith(".") || name.contains("/") || name.contains("\\")
                || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Article " + article.id() + " has the export name '" + name
                    + "', which is not a plain file name. Give it a name without '/', '\\' or a leading '.'.");
        }
        return name;
    }
}
