package dev.hanbridge.export;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A file format an article can be exported to: its id on the command line and its file extension. */
public enum ExportFormat {
    /** TMX 1.4b: one translation unit per segment, for translation memories. */
    TMX("tmx", "tmx", "TMX 1.4b, a tu per segment: translation memories, CAT tools"),
    /** XLIFF 2.1: one unit per block, one segment per sentence, for translators' tools. */
    XLIFF("xliff", "xlf", "XLIFF 2.1, a unit per block, a segment per sentence"),
    /**
     * XLIFF 1.2 for older CAT tools. Its extension keeps {@code .xlf}, which those tools look for,
     * and adds {@code xliff12} so that it does not overwrite the XLIFF 2.1 file of the same article.
     */
    XLIFF12("xliff12", "xliff12.xlf", "XLIFF 1.2 for older CAT tools (.xliff12.xlf)"),
    /** A standalone bilingual HTML page, Korean beside English, for readers and editors. */
    HTML("html", "html", "bilingual web page, Korean beside English, a row per segment"),
    /** A bilingual Word document, a table row per segment, for reviewers. */
    DOCX("docx", "docx", "bilingual Word table for reviewers, a row per segment"),
    /** Tab-separated values, one segment per line with a header, for corpus builders. */
    TSV("tsv", "tsv", "tab-separated pairs, RFC 4180 quoting, for corpus builders"),
    /** JSON Lines, one object per segment, for corpus builders. */
    JSONL("jsonl", "jsonl", "JSON Lines, an object per segment, for corpus builders"),
    /**
     * The English article alone as a Word document, in the source's structure, for publishing. The
     * {@code target} in the extension keeps it apart from the bilingual {@code .docx}.
     */
    TARGET_DOCX("target-docx", "target.docx", "the English article as a Word document (.target.docx)"),
    /** The English article alone as a standalone web page. */
    TARGET_HTML("target-html", "target.html", "the English article as a web page (.target.html)"),
    /** The English article alone as Markdown (CommonMark). */
    TARGET_MD("target-md", "target.md", "the English article as Markdown (.target.md)");

    private final String id;
    private final String extension;
    private final String description;

    ExportFormat(String id, String extension, String description) {
        this.id = id;
        this.extension = extension;
        this.description = description;
    }

    /** The id used on the command line ({@code --formats tmx,xliff,html}) and in the bundle manifest. */
    public String id() {
        return id;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** One line for people choosing formats ({@code hanbridge run --help}). */
    public String description() {
        return description;
    }

    /** The format with this id, ignoring case and surrounding spaces. */
    public static ExportFormat parse(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.id.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown export format '" + id + "'. Known formats: " + knownIds() + ".");
    }

    /**
     * The formats of a comma-separated list such as {@code "tmx, xliff,html"}, in the order given,
     * duplicates once. Empty items are ignored; a list with no format at all is refused, since a run
     * that exports nothing is almost always a typing mistake.
     */
    public static Set<ExportFormat> parseList(String commaSeparated) {
        Set<ExportFormat> formats = new LinkedHashSet<>();
        if (commaSeparated != null) {
            for (String item : commaSeparated.split(",")) {
                if (!item.isBlank()) {
                    formats.add(parse(item));
                }
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("No export format given. Name one or more of: " + knownIds() + ".");
        }
        return Collections.unmodifiableSet(formats);
    }

    static String knownIds() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
