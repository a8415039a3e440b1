package dev.hanbridge.export;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.export.BundleManifest.BundleEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Reads, checks and deflates the next files of a bundle on worker threads while the calling thread
 * writes the zip in manifest order. One thread deflating everything kept the other core idle for
 * the whole bundle step (a tenth of a 1,000-article `hanbridge run`, bench/cli.sh).
 *
 * <p>Memory stays bounded: at most {@link #window} files are read ahead, and a file larger than
 * {@link #INLINE_ABOVE} is not read ahead at all but streamed through the zip's own deflater once
 * the files before it are written. The zip's bytes are the same either way ({@link SpooledZip#putDeflated}).
 */
final class DeflateAhead implements AutoCloseable {

    /** Files larger than this (bytes) are streamed by the writing thread instead of held in memory. */
    static final long INLINE_ABOVE = 1 << 20;

    private final Path runDir;
    private final SpooledZip zip;
    private final byte[] buffer;
    private final ExecutorService pool;
    private final BlockingQueue<Worker> workers;
    private final ArrayDeque<Future<Deflated>> ahead = new ArrayDeque<>();
    /** The pool's threads, joined on close. */
    private final List<Thread> started = new ArrayList<>();
    private final int window;

    /** One file's deflated content and what the zip records of it. */
    private record Deflated(String name, byte[] data, int length, long size, int checksum) {
    }

    /**
     * @param threads worker threads (at least one)
     * @param buffer the writing thread's copy buffer, for files streamed inline
     */
    DeflateAhead(Path runDir, SpooledZip zip, int threads, byte[] buffer) {
        this.runDir = runDir;
        this.zip = zip;
        this.buffer = buffer;
        this.window = 4 * threads;
        this.workers = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            workers.add(new Worker());
        }
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "bundle-" + count.incrementAndGet());
            thread.setDaemon(true);
            synchronized (started) {
                started.add(thread);
            }
            return thread;
        });
    }

    /** The number of worker threads for this machine: one per core, at most four. */
    static int threadsForThisMachine() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Adds the entry after those added before it; writes entries whose turn has come. */
    void add(BundleEntry entry) throws IOException {
        if (entry.size() > INLINE_ABOVE) {
            flush();
            zip.putEntry(entry.path());
            RunBundle.copyChecked(runDir, entry, zip, buffer);
            zip.closeEntry();
            return;
        }
        ahead.add(pool.submit(() -> {
            Worker worker = workers.take();
            try {
                return worker.deflate(entry);
            } finally {
                workers.add(worker);
            }
        }));
        while (ahead.size() > window) {
            writeNext();
        }
    }

    /** Writes every entry added so far. */
    void flush() throws IOException {
        while (!ahead.isEmpty()) {
            writeNext();
        }
    }

    private void writeNext() throws IOException {
        Deflated next;
        try {
            next = ahead.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the bundle");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
        zip.putDeflated(next.name(), next.data(), next.length(), next.size(), next.checksum());
    }

    /** Stops the workers (dropping what was read ahead, after a failure) and frees their deflaters. */
    @Override
    public void close() {
        ahead.forEach(future -> future.cancel(true));
        ahead.clear();
        pool.shutdownNow();
        boolean stopped = false;
        try {
            stopped = pool.awaitTermination(1, TimeUnit.MINUTES);
            // The pool counts as terminated while its last thread is still on its way out.
            synchronized (started) {
                for (Thread thread : started) {
                    thread.join(TimeUnit.SECONDS.toMillis(10));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopped) { // a worker still running keeps its deflater; the collector frees it later
            workers.forEach(worker -> worker.deflater.end());
        }
    }

    /** A worker thread's deflater and buffers, reused from file to file. */
    private final class Worker {
        private final Deflater deflater = SpooledZip.newDeflater();
        private final CRC32 crc = new CRC32();
        private final byte[] read = new byte[64 * 1024];

        Deflated deflate(BundleEntry entry) throws IOException {
            deflater.reset();
            crc.reset();
            MessageDigest sha256 = KoreanText.sha256();
            byte[] out = new byte[(int) Math.min(INLINE_ABOVE, entry.size() / 3 + 64)];
            int length = 0;
            long size = 0;
            try (InputStream in = Files.newInputStream(runDir.resolve(entry.path()))) {
                for (int n; (n = in.read(read)) > 0; ) {
                    size += n;
                    if (size > entry.size()) { // changed: no need to read (and hold) the rest
                        RunBundle.checkUnchanged(entry, size, "(not computed: the file is longer than listed)");
                    }
                    sha256.update(read, 0, n);
                    crc.update(read, 0, n);
                    deflater.setInput(read, 0, n);
                    while (!deflater.needsInput()) {
                        if (length == out.length) {
                            out = Arrays.copyOf(out, 2 * out.length);
                        }
                        length += deflater.deflate(out, length, out.length - length);
                    }
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, 2 * out.length);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
            RunBundle.checkUnchanged(entry, size, HexFormat.of().formatHex(sha256.digest()));
            return new Deflated(entry.path(), out, length, size, (int) crc.getValue());
        }
    }
}
