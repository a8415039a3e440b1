package dev.hanbridge.export;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.export.BundleManifest.BundleEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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
     * paths relative to runDir), each to a temporary name first and then moved into place. Files
     * are read, checked and compressed on one thread per core, and written in manifest order.
     *
     * @return the zip, with {@code format} {@code null}
     * @throws NoSuchFileException when a listed file is missing
     * @throws IOException when a listed file's size or SHA-256 differs from its manifest entry
     */
    public static ExportedFile write(Path runDir, Path zipFile, BundleManifest manifest) throws IOException {
        return write(runDir, zipFile, manifest, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #write(Path, Path, BundleManifest)}, compressing on {@code threads} threads. */
    static ExportedFile write(Path runDir, Path zipFile, BundleManifest manifest, int threads) throws IOException {
        byte[] json = toJson(manifest);
        AtomicFiles.write(runDir.resolve(MANIFEST_NAME), null, out -> out.write(json));
        FileTime time = FileTime.from(manifest.createdAt());
        ExecutorService compressors = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "bundle-compress");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return AtomicFiles.write(zipFile, null, out -> {
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
                addRaw(zip, Compressed.of(MANIFEST_NAME, json, json.length), time);
                // A bounded window of entries compressed ahead, taken in manifest order: the zip
                // comes out the same as on one thread, and memory holds only the window.
                Deque<Future<Compressed>> ahead = new ArrayDeque<>();
                Iterator<BundleEntry> entries = manifest.files().iterator();
                while (entries.hasNext() || !ahead.isEmpty()) {
                    while (entries.hasNext() && ahead.size() < WINDOW_PER_THREAD * threads) {
                        BundleEntry entry = entries.next();
                        ahead.add(compressors.submit(() -> compressChecked(runDir, entry)));
                    }
                    addRaw(zip, await(ahead.poll()), time);
                }
                zip.finish(); // not close(): AtomicFiles owns the stream
            });
        } finally {
            compressors.shutdownNow();
        }
    }

    /** Entries compressed ahead of the writer, per compressing thread. */
    private static final int WINDOW_PER_THREAD = 8;

    private static void addRaw(ZipArchiveOutputStream zip, Compressed entry, FileTime time) throws IOException {
        ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.path());
        zipEntry.setMethod(ZipArchiveEntry.DEFLATED);
        zipEntry.setSize(entry.size());
        zipEntry.setCompressedSize(entry.deflated().length);
        zipEntry.setCrc(entry.crc());
        zipEntry.setLastModifiedTime(time);
        zip.addRawArchiveEntry(zipEntry, new ByteArrayInputStream(entry.deflated()));
    }

    private static Compressed await(Future<Compressed> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing the bundle");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    /** One entry's bytes, deflated without zlib wrapping as zip stores them, with its CRC-32 and size. */
    private record Compressed(String path, long size, long crc, byte[] deflated) {

        static Compressed of(String path, byte[] bytes, int length) {
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, length);
            // Exports are text: the fastest level still shrinks them several times, at a fraction
            // of the default level's time (the bundle step of bench/pipeline.sh).
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            try {
                deflater.setInput(bytes, 0, length);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(length / 3 + 64);
                byte[] buffer = new byte[8 * 1024];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Compressed(path, length, crc.getValue(), out.toByteArray());
            } finally {
                deflater.end();
            }
        }
    }

    /** The manifest as pretty-printed JSON in UTF-8, fields in declaration order, times as ISO-8601. */
    public static byte[] toJson(BundleManifest manifest) {
        return JSON.writeValueAsBytes(manifest);
    }

    /** Reads a manifest written by {@link #write}. */
    public static BundleManifest readManifest(Path manifestFile) throws IOException {
        try (InputStream in = Files.newInputStream(manifestFile)) {
            return JSON.readValue(in, BundleManifest.class);
        }
    }

    /** Reads a listed file, checks it against its manifest entry, and compresses it. */
    private static Compressed compressChecked(Path runDir, BundleEntry entry) throws IOException {
        Path file = runDir.resolve(entry.path());
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded by the manifest: a file that grew is not read whole before it is refused.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, entry.size() + 1));
        }
        String hex = KoreanText.sha256Hex(bytes);
        if (bytes.length != entry.size() || !hex.equals(entry.sha256())) {
            String found = bytes.length > entry.size() ? "more than " + entry.size() + " bytes"
                    : bytes.length + " bytes, sha256 " + hex;
            throw new IOException("Bundle file " + entry.path() + " (article " + entry.articleId()
                    + ") changed since it was exported: manifest says " + entry.size() + " bytes, sha256 "
                    + entry.sha256() + "; found " + found + ". Export the article again before writing the bundle.");
        }
        return Compressed.of(entry.path(), bytes, bytes.length);
    }
}
