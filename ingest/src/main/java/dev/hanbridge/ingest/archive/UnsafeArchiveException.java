package dev.hanbridge.ingest.archive;

/**
 * An archive the guard refuses. {@link #getMessage()} says where (the archive, or the entry as
 * {@code archive.zip!/dir/entry.txt}) and why, in words a person can act on.
 */
public class UnsafeArchiveException extends Exception {

    private final String where;
    private final String reason;
    private final boolean overLimit;

    UnsafeArchiveException(String where, String reason, boolean overLimit) {
        super(where + ": " + reason);
        this.where = where;
        this.reason = reason;
        this.overLimit = overLimit;
    }

    static UnsafeArchiveException damaged(String where, String detail) {
        return new UnsafeArchiveException(where, "cannot open the zip archive (" + detail
                + "); the file is damaged or is not a zip", false);
    }

    /** The directory and the local entries tell two stories: readers of either kind would see different files. */
    static UnsafeArchiveException inconsistent(String where, String detail) {
        return new UnsafeArchiveException(where, "the archive's directory and its entries disagree (" + detail
                + "); it is damaged or made to deceive zip readers, so none of it is read", false);
    }

    /** The archive, or the entry, and what is wrong with it. */
    public String where() {
        return where;
    }

    /** The reason alone. */
    public String reason() {
        return reason;
    }

    /** True when a size or count limit was passed (the archive may be harmless, only too big), not a rule broken. */
    public boolean overLimit() {
        return overLimit;
    }
}
