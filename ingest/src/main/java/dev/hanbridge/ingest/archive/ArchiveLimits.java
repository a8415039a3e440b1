package dev.hanbridge.ingest.archive;

/**
 * The limits every zip archive is held to, whether it lies in an inbox or was uploaded; the one
 * place they are set. News articles, even with their images, are far below each of them.
 *
 * @param maxEntryBytes what one entry may inflate to
 * @param maxArchiveBytes what all entries of an archive may inflate to together, nested archives included
 * @param maxRatio how many times its compressed size an entry, or a whole archive, may inflate to
 *        once past {@link #RATIO_GRACE_BYTES}: prose deflates about 3:1 to 10:1, a zip bomb 1000:1
 * @param maxEntries entries of an archive, nested archives included
 * @param maxDepth how deep archives inside archives are opened (the archive itself is depth 1)
 */
public record ArchiveLimits(long maxEntryBytes, long maxArchiveBytes, long maxRatio, int maxEntries, int maxDepth) {

    /** Below this many inflated bytes the ratio is not checked: a small, very repetitive file is no threat. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    /** 256 MB per entry, 500 MB per archive, ratio 100, 10,000 entries, depth 3. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(256L << 20, 500L << 20, 100, 10_000, 3);

    public ArchiveLimits {
        if (maxEntryBytes <= 0 || maxArchiveBytes <= 0 || maxRatio <= 0 || maxEntries <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("archive limits must be positive: " + this);
        }
    }

    /** The same limits with another budget for a whole archive (the server's {@code max-unpacked-size}). */
    public ArchiveLimits withMaxArchiveBytes(long bytes) {
        return new ArchiveLimits(maxEntryBytes, bytes, maxRatio, maxEntries, maxDepth);
    }

    /** The same limits with another entry count (the server's {@code max-archive-entries}). */
    public ArchiveLimits withMaxEntries(int entries) {
        return new ArchiveLimits(maxEntryBytes, maxArchiveBytes, maxRatio, entries, maxDepth);
    }

    static String megabytes(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
