package dev.hanbridge.app.job;

import java.io.PrintStream;

/**
 * Progress on a terminal: one line per step, rewritten in place while the step works. When the
 * output is not a terminal (cron, a pipe) only the step's final line is printed.
 */
public class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private long lastDraw;

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Silent progress, for the server and tests. */
    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), false);
    }

    /** {@code total} below zero means unknown. */
    public synchronized void update(String step, long done, long total, String detail) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done != total) {
            return;
        }
        lastDraw = now;
        out.print("\r\033[K" + line(step, done, total, detail));
        out.flush();
    }

    public synchronized void done(String step, long done, long total, String detail) {
        out.print((terminal ? "\r\033[K" : "") + line(step, done, total, detail) + System.lineSeparator());
        out.flush();
    }

    private static String line(String step, long done, long total, String detail) {
        String count = total >= 0 ? done + "/" + total : String.valueOf(done);
        return String.format("%-9s %s%s", step, count, detail == null || detail.isEmpty() ? "" : "  " + detail);
    }
}
