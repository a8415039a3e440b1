package dev.hanbridge.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The entries of an archive the guard accepted, each either readable or refused with its reason;
 * archives nested in it are listed from it, against the same budget.
 */
public final class ZipListing {

    private final ArchiveGuard guard;
    private final String where;
    private final int depth;
    private final Budget budget;
    private final List<ArchiveEntry> entries;

    ZipListing(ArchiveGuard guard, String where, int depth, Budget budget, List<ArchiveEntry> entries) {
        this.guard = guard;
        this.where = where;
        this.depth = depth;
        this.budget = budget;
        this.entries = List.copyOf(entries);
    }

    /** In the archive's order. */
    public List<ArchiveEntry> entries() {
        return entries;
    }

    /** 1 for an archive that is a file, 2 for one inside it, and so on. */
    public int depth() {
        return depth;
    }

    String where() {
        return where;
    }

    Budget budget() {
        return budget;
    }

    /**
     * Lists {@code entry}, an archive inside this one, from its bytes ({@code content}, read
     * here and not closed): its entries count against this archive's budget.
     */
    public ZipListing listNested(ArchiveEntry entry, InputStream content) throws UnsafeArchiveException, IOException {
        // The directory is at the end and the checks need random access: the nested archive is
        // copied to a temporary file (its size is bounded by the entry's, which was checked).
        Path temp = Files.createTempFile("hanbridge-nested-", ".zip");
        try {
            Files.copy(content, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return guard.list(temp, where + "!/" + EntryNames.printable(entry.name()), depth + 1, budget);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
