package dev.hanbridge.ingest.archive;

/**
 * What an archive and the archives nested in it have used of the limits so far: entries, bytes
 * declared, and (when it is read through) bytes actually inflated. One per top-level archive.
 */
final class Budget {

    private final ArchiveLimits limits;
    /** The top-level archive, as messages name it. */
    private final String where;
    /** The top-level archive's size on disk, which the whole archive's ratio divides by. */
    private final long archiveSize;

    Budget(ArchiveLimits limits, String where, long archiveSize) {
        this.limits = limits;
        this.where = where;
        this.archiveSize = Math.max(1, archiveSize);
    }

    // Used so far: entries listed, declared sizes of the entries that may be read, bytes really
    // inflated (when the archive is read through).
    private int entries;
    private long declared;
    private long inflated;

    int entriesLeft() {
        return limits.maxEntries() - entries;
    }

    void addEntries(int count) {
        entries += count;
    }

    /** Counts an entry's declared size, refusing the archive when the total passes the budget or the ratio. */
    void addDeclared(long bytes) throws UnsafeArchiveException {
        declared += bytes;
        check(declared);
    }

    /** Counts bytes really inflated, as they come. */
    void addInflated(long bytes) throws UnsafeArchiveException {
        inflated += bytes;
        check(inflated);
    }

    long inflated() {
        return inflated;
    }

    private void check(long total) throws UnsafeArchiveException {
        if (total > limits.maxArchiveBytes()) {
            throw new UnsafeArchiveException(where, "expands beyond " + ArchiveLimits.megabytes(limits.maxArchiveBytes())
                    + " in all (nested archives included), the limit for one archive (zip bomb guard);"
                    + " split it into smaller archives", true);
        }
        if (total > ArchiveLimits.RATIO_GRACE_BYTES && total / archiveSize > limits.maxRatio()) {
            throw new UnsafeArchiveException(where, "expands more than " + limits.maxRatio()
                    + " times its size, which is a zip bomb, not articles", false);
        }
    }
}
