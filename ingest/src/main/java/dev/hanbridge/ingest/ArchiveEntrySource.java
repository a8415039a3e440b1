package dev.hanbridge.ingest;

import dev.hanbridge.ingest.archive.ArchiveEntry;
import dev.hanbridge.ingest.archive.ZipListing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * An entry of a zip archive the guard listed. The archive is a file on disk ({@code file != null})
 * or itself an entry of another archive ({@code parent != null}); every {@link #open()} reopens
 * the chain, so nothing stays open between calls, and every read is held to the entry's declared size.
 *
 * @param listing the listing the entry comes from: archives nested in this entry are listed from it
 */
record ArchiveEntrySource(Path file, ArchiveEntrySource parent, ArchiveEntry entry, ZipListing listing)
        implements Source {

    @Override
    public String uri() {
        return (file != null ? file.toString() : parent.uri()) + "!/" + entry.name();
    }

    @Override
    public String name() {
        return entry.shortName();
    }

    @Override
    public long size() {
        return entry.size();
    }

    boolean isArchive() {
        return entry.isArchive();
    }

    @Override
    public InputStream open() throws IOException {
        return file != null ? entry.open(file) : entry.openIn(parent.open());
    }

    @Override
    public String toString() {
        return uri();
    }
}
