package dev.hanbridge.export;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.export.BundleManifest.BundleEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's {@code manifest.json} and its zip bundle.
 *
 * <p>The zip holds {@code manifest.json} first, then every listed file under its manifest path;
 * every entry carries the manifest's {@code createdAt} as its time, so the same run always zips to
 * the same bytes. Each file is checked against its manifest entry while it is zipped: a file that
 * changed since it was exported fails the bundle rather than ship a manifest that lies.
 */
public final class RunBundle {

    public static final String MANIFEST_NAME = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private RunBundle() {
    }

    /**
     * Writes {@code runDir/manifest.json} and the zip (containing manifest.json and every file,
     * paths relative to runDir), each to a temporary name first and then moved into place.
     *
     * @return the zip, with {@code format} {@code null}
     * @throws NoSuchFileException when a listed file is missing
     * @throws IOException when a listed file's size or SHA-256 differs from its manifest entry
     */
    public static ExportedFile write(Path runDir, Path zipFile, BundleManifest manifest) throws IOException {
        return write(runDir, zipFile, manifest, BundleContents.of(manifest.sources(), manifest.files()));
    }

    /**
     * Like {@link #write(Path, Path, BundleManifest)}, with the sources and files read from
     * {@code contents} one at a time instead of from lists ({@code header}'s are not used): the
     * manifest is written as they come and then zipped from its file, so that a run of any size
     * never holds its manifest in memory (a 10,000-article run's lists and JSON were 30 MB).
     */
    public static ExportedFile write(Path runDir, Path zipFile, BundleManifest header, BundleContents contents)
            throws IOException {
        Path manifestFile = runDir.resolve(MANIFEST_NAME);
        AtomicFiles.write(manifestFile, null, out -> writeJson(header, contents, out));
        FileTime time = FileTime.from(header.createdAt());
        // The zip's central directory waits in a file beside it (named like the zip's own
        // temporary file, so that what a killed run leaves is cleared with it: OrphanExports).
        Path dir = zipFile.toAbsolutePath().getParent();
        String spoolPrefix = "." + zipFile.getFileName() + ".tmp-";
        return AtomicFiles.write(zipFile, null, out -> {
            try (SpooledZip zip = new SpooledZip(out, time, dir, spoolPrefix)) {
                // One buffer for every file: a fresh 64 KB per file was a twentieth of the bundle step,
                // zeroing memory for files of a few KB (profile of bench/pipeline.sh).
                byte[] buffer = new byte[64 * 1024];
                zip.putEntry(MANIFEST_NAME);
                try (InputStream in = Files.newInputStream(manifestFile)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        zip.write(buffer, 0, n);
                    }
                }
                zip.closeEntry();
                try (DeflateAhead files = new DeflateAhead(runDir, zip, DeflateAhead.threadsForThisMachine(), buffer)) {
                    contents.files(entry -> {
                        try {
                            files.add(entry);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    files.flush();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                zip.finish();
            }
        });
    }

    /**
     * The manifest as pretty-printed JSON in UTF-8, fields in declaration order, times as ISO-8601,
     * with the sources and files written as they come from {@code contents}.
     */
    private static void writeJson(BundleManifest header, BundleContents contents, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("runId", header.runId());
            json.writeStringProperty("hanbridgeVersion", header.hanbridgeVersion());
            json.writeStringProperty("engine", header.engine());
            json.writeStringProperty("sourceLang", header.sourceLang());
            json.writeStringProperty("targetLang", header.targetLang());
            json.writePOJOProperty("createdAt", header.createdAt());
            json.writePOJOProperty("counts", header.counts());
            if (header.qa() != null) {
                json.writePOJOProperty("qa", header.qa());
            }
            json.writeArrayPropertyStart("sources");
            contents.sources(json::writePOJO);
            json.writeEndArray();
            json.writeArrayPropertyStart("files");
            contents.files(json::writePOJO);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Reads a manifest written by {@link #write}. */
    public static BundleManifest readManifest(Path manifestFile) throws IOException {
        try (InputStream in = Files.newInputStream(manifestFile)) {
            return JSON.readValue(in, BundleManifest.class);
        }
    }

    /** Copies a file into the zip's current entry, failing when it is not what the manifest lists. */
    static void copyChecked(Path runDir, BundleEntry entry, OutputStream zip, byte[] buffer)
            throws IOException {
        Path file = runDir.resolve(entry.path());
        MessageDigest sha256 = KoreanText.sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                zip.write(buffer, 0, n);
                sha256.update(buffer, 0, n);
                size += n;
            }
        }
        checkUnchanged(entry, size, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Fails when a file's size or SHA-256 (hex) is not what the manifest lists. */
    static void checkUnchanged(BundleEntry entry, long size, String hex) throws IOException {
        if (size != entry.size() || !hex.equals(entry.sha256())) {
            throw new IOException("Bundle file " + entry.path() + " (article " + entry.articleId()
                    + ") changed since it was exported: manifest says " + entry.size() + " bytes, sha256 "
                    + entry.sha256() + "; found " + size + " bytes, sha256 " + hex
                    + ". Export the article again before writing the bundle.");
        }
    }
}
