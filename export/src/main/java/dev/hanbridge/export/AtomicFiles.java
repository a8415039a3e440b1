package dev.hanbridge.export;

import dev.hanbridge.common.text.KoreanText;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file under a temporary name in the same directory ({@code .name.tmp-XXXXXXXX}) and moves
 * it into place, so that readers, a crash or a killed job never see half a file under the final
 * name. Size and SHA-256 are computed from the bytes as they are written, not by reading back.
 */
final class AtomicFiles {

    /** What goes into the file; the stream is closed by {@link AtomicFiles}, not by the body. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    static ExportedFile write(Path target, ExportFormat format, Body body) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            // Only when missing: createDirectories on an existing directory throws and catches an
            // exception inside, once per file written (seen in a profile of the export step).
            Files.createDirectories(dir);
        }
        MessageDigest sha256 = KoreanText.sha256();
        long size;
        Temp temp = createTemp(dir, file.getFileName().toString());
        try {
            try (FileChannel channel = temp.channel()) {
                // One buffer, ahead of the digest: the XML writers encode in blocks already, others
                // write byte by byte, and a digest update per byte was a sixth of the export step
                // (bench/pipeline.sh). Most export files fit it whole: one write per file.
                DigestingStream digesting = new DigestingStream(Channels.newOutputStream(channel), sha256);
                OutputStream out = new BufferedOutputStream(digesting, 8 * 1024);
                body.writeTo(out);
                out.flush();
                // No fsync per file: it tripled the export step's time (measured with
                // bench/pipeline.sh) and the rename already protects against a crashed or killed
                // process. After a power cut a file may be short; the bundle step checks every
                // file's size and SHA-256 against what was recorded and fails the run, and a
                // restart of it rewrites the exports from the database.
                size = digesting.count;
            }
            move(temp.path(), file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp.path());
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return new ExportedFile(format, file, size, HexFormat.of().formatHex(sha256.digest()));
    }

    /** A temporary file, created and open for writing. */
    private record Temp(Path path, FileChannel channel) {
    }

    /**
     * Creates the temporary file and opens it in one call. Files.createTempFile would create it with
     * mode 0600, and the exports would then keep it after the move, unreadable to a web server or a
     * colleague; CREATE_NEW keeps the umask's mode.
     */
    private static Temp createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            Path temp = dir.resolve("." + name + ".tmp-" + suffix);
            try {
                return new Temp(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Counts and hashes what passes through; close() only flushes, the channel is closed by its owner. */
    private static final class DigestingStream extends FilterOutputStream {
        private final MessageDigest digest;
        private long count;

        DigestingStream(OutputStream out, MessageDigest digest) {
            super(out);
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
