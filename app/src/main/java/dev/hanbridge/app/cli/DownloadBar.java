package dev.hanbridge.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import dev.hanbridge.translate.local.models.DownloadProgress;
import dev.hanbridge.translate.local.models.ModelSource;

/**
 * A model pull on the terminal: a first line saying what is fetched, how big it is and where it
 * goes, then a bar with bytes, speed and the current file, redrawn in place. Without a terminal
 * (cron, a pipe) only the first and the last line are printed. Nothing is printed before the host
 * answers, so an offline machine sees no bar at all.
 */
final class DownloadBar implements DownloadProgress {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final ModelSource source;
    private final Path folder;
    private final long started = System.nanoTime();
    private boolean begun;
    // nanoTime has no fixed origin (it may be near zero or negative): start a redraw period back.
    private long lastDraw = started - REDRAW_NANOS;
    private long bytes;
    private long total = -1;

    DownloadBar(PrintStream out, boolean terminal, ModelSource source, Path folder) {
        this.out = out;
        this.terminal = terminal;
        this.source = source;
        this.folder = folder;
    }

    /** For the console this process has, if any. */
    static DownloadBar onConsole(ModelSource source, Path folder) {
        return new DownloadBar(System.out, System.console() != null, source, folder);
    }

    @Override
    public synchronized void update(String file, long bytes, long totalBytes, double bytesPerSecond) {
        this.bytes = bytes;
        this.total = totalBytes;
        if (!begun) {
            begun = true;
            out.printf("Fetching the model %s (%s)%s into %s%n", source.repository(), source.revision(),
                    totalBytes >= 0 ? ", " + megabytes(totalBytes) + "," : "", folder);
        }
        long now = System.nanoTime();
        if (!terminal || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        out.print("\r\033[K" + bar(bytes, totalBytes) + "  " + speed(bytesPerSecond) + "  " + file);
        out.flush();
    }

    /** Ends the bar after a complete pull. */
    synchronized void finished() {
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = begun ? String.format(Locale.ROOT, "%s in %.0f s, every file's checksum checked",
                megabytes(bytes), seconds) : "already complete, nothing fetched";
        out.print((terminal && begun ? "\r\033[K" : "") + "Model " + source.repository() + ": " + line
                + System.lineSeparator());
        out.flush();
    }

    /** Ends a bar that a failure cut short, so the next line starts on its own. */
    synchronized void abandoned() {
        if (begun && terminal) {
            out.println();
        }
        out.flush();
    }

    private static String bar(long bytes, long total) {
        if (total <= 0) {
            return megabytes(bytes);
        }
        int filled = (int) Math.min(WIDTH, WIDTH * bytes / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%  %s of %s", 100 * bytes / total, megabytes(bytes), megabytes(total));
    }

    private static String speed(double bytesPerSecond) {
        return String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1e6);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
