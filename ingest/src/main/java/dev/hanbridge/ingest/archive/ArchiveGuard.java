package dev.hanbridge.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one check every zip archive passes before any of its entries is read: by the source walk
 * (zips in the inbox: {@link #list}) and by the server's uploads ({@link #verify}) alike.
 *
 * <p>Listing reads the directory and holds it against the local entries ({@link LocalEntries}),
 * refuses the archive when they disagree, when it has too many entries or declares more bytes
 * than the budget allows, and marks each entry whose name, compression, size, ratio or nesting
 * breaks a rule. The declared sizes are only believed because reading holds every entry to its
 * declared size ({@link EntryStream}): the first byte past it ends the read. Verifying also reads
 * every entry through, nested archives included, counting the bytes really inflated.
 */
public final class ArchiveGuard {

    private final ArchiveLimits limits;

    public ArchiveGuard(ArchiveLimits limits) {
        this.limits = limits;
    }

    public ArchiveLimits limits() {
        return limits;
    }

    /** Whether a file or entry of this name is opened as an archive: {@code .zip}, in any case. */
    public static boolean isArchiveName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Lists an archive file, checking it. Entries are not read here.
     *
     * @throws UnsafeArchiveException when the archive as a whole is refused (nothing of it may be read)
     */
    public ZipListing list(Path zip) throws UnsafeArchiveException, IOException {
        String where = zip.getFileName().toString();
        return list(zip, where, 1, new Budget(limits, where, Files.size(zip)));
    }

    /**
     * Reads an archive through, nested archives included, and throws at the first thing refused
     * anywhere in it: for an upload, which is taken whole or not at all.
     *
     * @param where how messages name the archive, e.g. the uploaded file's name
     */
    public void verify(Path zip, String where) throws UnsafeArchiveException, IOException {
        Budget budget = new Budget(limits, where, Files.size(zip));
        readThrough(list(zip, where, 1, budget), zip);
    }

    ZipListing list(Path zip, String where, int depth, Budget budget) throws UnsafeArchiveException, IOException {
        CentralDirectory directory;
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            directory = CentralDirectory.read(channel, where, budget.entriesLeft(), limits.maxEntries());
            budget.addEntries(directory.records().size());
            LocalEntries.check(channel, directory, where);
        } catch (java.io.EOFException e) {
            throw UnsafeArchiveException.damaged(where, e.getMessage());
        }
        List<String> names = EntryNames.decode(directory.records(), where);
        Set<String> seen = new HashSet<>();
        List<ArchiveEntry> entries = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!seen.add(name)) {
                throw UnsafeArchiveException.inconsistent(where, "\"" + EntryNames.printable(name)
                        + "\" is listed twice, so which one is meant depends on the reader");
            }
            CentralDirectory.Record record = directory.records().get(i);
            ArchiveEntry entry = new ArchiveEntry(name, record, refusal(name, record, depth));
            if (entry.refusal() == null && !entry.isArchive()) {
                // A nested archive counts by what its own entries declare when it is listed.
                budget.addDeclared(record.size());
            }
            entries.add(entry);
        }
        return new ZipListing(this, where, depth, budget, entries);
    }

    private String refusal(String name, CentralDirectory.Record record, int depth) {
        String unsafeName = EntryNames.refusal(name);
        if (unsafeName != null) {
            return unsafeName;
        }
        if (record.encrypted()) {
            return "the entry is encrypted; unpack it with its password and add its files instead";
        }
        if (record.method() != ZipRecords.STORED && record.method() != ZipRecords.DEFLATED) {
            return "the entry is compressed with method " + record.method() + ", which is not read (only Store and"
                    + " Deflate are); re-create the archive with ordinary zip compression";
        }
        if (record.size() > limits.maxEntryBytes()) {
            return "the entry expands to " + ArchiveLimits.megabytes(record.size()) + ", beyond the "
                    + ArchiveLimits.megabytes(limits.maxEntryBytes()) + " limit for one entry (zip bomb guard)";
        }
        long ratio = record.size() / Math.max(1, record.compressedSize());
        if (record.size() > ArchiveLimits.RATIO_GRACE_BYTES && ratio > limits.maxRatio()) {
            return "the entry is compressed " + ratio + ":1, which looks like a zip bomb";
        }
        if (!name.endsWith("/") && isArchiveName(name) && depth >= limits.maxDepth()) {
            return "nested archives deeper than " + limits.maxDepth() + " levels are not opened; unpack it first";
        }
        return null;
    }

    private void readThrough(ZipListing listing, Path file) throws UnsafeArchiveException, IOException {
        byte[] buffer = new byte[64 * 1024];
        for (ArchiveEntry entry : listing.entries()) {
            String at = listing.where() + "!/" + EntryNames.printable(entry.name());
            if (entry.refusal() != null) {
                throw new UnsafeArchiveException(at, entry.refusal(), entry.size() > limits.maxEntryBytes());
            }
            try (InputStream in = entry.open(file)) {
                if (!entry.isArchive()) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        listing.budget().addInflated(n);
                    }
                    continue;
                }
                Path temp = Files.createTempFile("hanbridge-nested-", ".zip");
                try {
                    try (OutputStream out = Files.newOutputStream(temp)) {
                        in.transferTo(out);
                    }
                    readThrough(list(temp, at, listing.depth() + 1, listing.budget()), temp);
                } finally {
                    Files.deleteIfExists(temp);
                }
            } catch (RefusedEntryException e) {
                throw new UnsafeArchiveException(at, e.reason(), false);
            }
        }
    }
}
