package dev.hanbridge.translate.local.models;

/** Bytes and speed across the files of one pull. */
final class Transfer {
    private final DownloadProgress progress;
    private final long total;
    private final long started = System.nanoTime();
    private long onDisk;
    private long fetched;

    Transfer(DownloadProgress progress, long total) {
        this.progress = progress;
        this.total = total;
    }

    void finishedEarlier(String file, long bytes) {
        onDisk += bytes;
        report(file);
    }

    void starting(String file, long resumedBytes) {
        onDisk += resumedBytes;
        report(file);
    }

    void received(String file, int bytes) {
        onDisk += bytes;
        fetched += bytes;
        report(file);
    }

    private void report(String file) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        progress.update(file, onDisk, total, fetched / seconds);
    }
}
