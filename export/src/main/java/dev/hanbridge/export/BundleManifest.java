package dev.hanbridge.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run produced, written as {@code manifest.json} beside the files and into the bundle.
 *
 * @param hanbridgeVersion the version of hanbridge that wrote the run, e.g. {@code 0.1.0}
 * @param engine the translation engine id of the run, e.g. {@code deepl} or {@code none}
 * @param sourceLang the BCP 47 tag the exports give the source, e.g. {@code ko-KR}
 * @param targetLang the BCP 47 tag the exports give the target, e.g. {@code en-US}
 * @param counts totals of the run (see {@link #counts(long, long, long, long, long)}), kept in the
 *     caller's iteration order
 * @param qa what the QA checks found in the run's translations; {@code null} (left out) when nothing was checked
 * @param sources every source the run ingested or failed on, named relative to the run's input
 * @param files every exported file, relative to the run directory
 */
@JsonPropertyOrder({"runId", "hanbridgeVersion", "engine", "sourceLang", "targetLang", "createdAt", "counts", "qa",
        "sources", "files"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BundleManifest(long runId, String hanbridgeVersion, String engine, String sourceLang,
        String targetLang, Instant createdAt, Map<String, Long> counts, QaCounts qa, List<BundleSource> sources,
        List<BundleEntry> files) {

    /** A manifest without QA counts. */
    public BundleManifest(long runId, String hanbridgeVersion, String engine, String sourceLang, String targetLang,
            Instant createdAt, Map<String, Long> counts, List<BundleSource> sources, List<BundleEntry> files) {
        this(runId, hanbridgeVersion, engine, sourceLang, targetLang, createdAt, counts, null, sources, files);
    }

    /**
     * What the QA checks found, in the run or in one source.
     *
     * @param checkerVersion the version of the checks that found it
     * @param checked translations checked
     * @param flagged of those, the ones with a finding
     * @param errors findings that say the translation contradicts the source
     * @param warnings findings that say something may be missing or added
     * @param byCheck finding counts by check id, then by severity ({@code error}, {@code warning})
     */
    @JsonPropertyOrder({"checkerVersion", "checked", "flagged", "errors", "warnings", "byCheck"})
    public record QaCounts(int checkerVersion, long checked, long flagged, long errors, long warnings,
            Map<String, Map<String, Long>> byCheck) {
        public QaCounts {
            byCheck = Collections.unmodifiableMap(new LinkedHashMap<>(byCheck));
        }
    }

    public BundleManifest {
        Objects.requireNonNull(hanbridgeVersion, "hanbridgeVersion");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        Objects.requireNonNull(createdAt, "createdAt");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(counts, "counts")));
        sources = List.copyOf(sources);
        files = List.copyOf(files);
    }

    /**
     * One source of the run.
     *
     * @param name relative to the input it came from, e.g. {@code 2026/seoul.docx} or
     *     {@code batch.zip!/a.txt}; never an absolute path of the machine that ran
     * @param sha256 lower-case hex SHA-256 of the source's bytes
     * @param status the article's status, e.g. {@code EXPORTED} or {@code FAILED}
     * @param reason why it failed, only for a failed source
     * @param qa what the QA checks found in its translations, only when some were checked
     */
    @JsonPropertyOrder({"name", "sha256", "articleId", "status", "reason", "qa"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BundleSource(String name, String sha256, long articleId, String status, String reason,
            QaCounts qa) {
        public BundleSource {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
        }

        /** A source without QA counts. */
        public BundleSource(String name, String sha256, long articleId, String status, String reason) {
            this(name, sha256, articleId, status, reason, null);
        }
    }

    /** The run's totals in the order the manifest shows them. */
    public static Map<String, Long> counts(long articles, long failed, long segments, long translated,
            long untranslated) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("articles", articles);
        counts.put("failed", failed);
        counts.put("segments", segments);
        counts.put("translated", translated);
        counts.put("untranslated", untranslated);
        return counts;
    }

    /**
     * One exported file.
     *
     * @param path relative to the run directory, '/'-separated, e.g. {@code tmx/article-1.tmx}
     * @param format the format id, e.g. {@code tmx}
     * @param sha256 lower-case hex
     */
    @JsonPropertyOrder({"path", "format", "articleId", "size", "sha256"})
    public record BundleEntry(String path, String format, long articleId, long size, String sha256) {

        public BundleEntry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
            if (!isSafeRelative(path)) {
                throw new IllegalArgumentException("Bundle path '" + path + "' must be relative to the run directory, "
                        + "'/'-separated, without '.' or '..' parts, e.g. 'tmx/article-1.tmx'.");
            }
        }

        /** Also what keeps a crafted manifest from writing outside the folder it is unzipped into. */
        private static boolean isSafeRelative(String path) {
            if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
                return false;
            }
            for (String part : path.split("/", -1)) {
                if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                    return false;
                }
            }
            return true;
        }

        /** An entry for a file that {@link ArticleExporter} wrote under {@code runDir}. */
        public static BundleEntry of(Path runDir, ExportedFile file, long articleId) {
            Path relative = runDir.toAbsolutePath().normalize().relativize(file.path().toAbsolutePath().normalize());
            String format = file.format() == null ? "" : file.format().id();
            return new BundleEntry(relative.toString().replace(relative.getFileSystem().getSeparator(), "/"),
                    format, articleId, file.size(), file.sha256());
        }
    }
}
