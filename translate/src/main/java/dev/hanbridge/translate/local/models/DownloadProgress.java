package dev.hanbridge.translate.local.models;

/**
 * Progress of a pull, for a bar on the terminal. Called after every block read (64 KiB) and when a
 * file is done. Throwing from it stops the pull; the partial file stays and the next pull resumes.
 */
@FunctionalInterface
public interface DownloadProgress {

    /**
     * @param file           the file being fetched (path in the repository)
     * @param bytes          bytes of the whole pull on disk so far, resumed ones included
     * @param totalBytes     bytes of the whole pull, or -1 when the host did not say
     * @param bytesPerSecond transfer speed of this pull so far
     */
    void update(String file, long bytes, long totalBytes, double bytesPerSecond);

    DownloadProgress NONE = (file, bytes, total, speed) -> { };
}
