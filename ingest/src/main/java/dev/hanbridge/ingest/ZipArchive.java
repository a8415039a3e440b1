package dev.hanbridge.ingest;

import dev.hanbridge.ingest.archive.ArchiveEntry;
import dev.hanbridge.ingest.archive.ArchiveGuard;
import dev.hanbridge.ingest.archive.ArchiveLimits;
import dev.hanbridge.ingest.archive.UnsafeArchiveException;
import dev.hanbridge.ingest.archive.ZipListing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Zip archives met by the source walk, as sources: the {@link ArchiveGuard} lists each one; an
 * archive it refuses becomes one rejected source saying why, an entry it refuses a rejected
 * source of its own, and the rest are read through it.
 */
final class ZipArchive {

    private static final ArchiveGuard GUARD = new ArchiveGuard(ArchiveLimits.DEFAULT);

    private ZipArchive() {
    }

    static boolean isArchiveName(String name) {
        return ArchiveGuard.isArchiveName(name);
    }

    /** Entries of an archive file on disk. */
    static Iterator<Source> entriesOf(Path zip) {
        ZipListing listing;
        try {
            listing = GUARD.list(zip);
        } catch (UnsafeArchiveException e) {
            return rejected(zip.toString(), zip.getFileName().toString(), e.reason());
        } catch (IOException | RuntimeException e) {
            return rejected(zip.toString(), zip.getFileName().toString(), cannotOpen(e));
        }
        return sources(listing, zip.toString(), entry -> new ArchiveEntrySource(zip, null, entry, listing));
    }

    /** Entries of an archive that is itself an entry: its bytes are read once to list them. */
    static Iterator<Source> entriesOfNested(ArchiveEntrySource archive) {
        ZipListing listing;
        try (InputStream in = archive.open()) {
            listing = archive.listing().listNested(archive.entry(), in);
        } catch (UnsafeArchiveException e) {
            return rejected(archive.uri(), archive.name(), e.reason());
        } catch (IOException | RuntimeException e) {
            return rejected(archive.uri(), archive.name(), cannotOpen(e));
        }
        return sources(listing, archive.uri(), entry -> new ArchiveEntrySource(null, archive, entry, listing));
    }

    /** Folders and hidden entries are left out; a refused entry comes out as a source that fails with the reason. */
    private static Iterator<Source> sources(ZipListing listing, String archiveUri,
            Function<ArchiveEntry, ArchiveEntrySource> readable) {
        return listing.entries().stream()
                .filter(entry -> !entry.isDirectory() && !isHiddenEntry(entry.name()))
                .map(entry -> entry.refusal() == null ? (Source) readable.apply(entry)
                        : new RejectedSource(archiveUri + "!/" + entry.name(), entry.shortName(), entry.refusal()))
                .iterator();
    }

    private static boolean isHiddenEntry(String name) {
        for (String segment : name.replace('\\', '/').split("/")) {
            if (segment.startsWith(".") && !segment.equals("..") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static String cannotOpen(Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return "cannot open the zip archive (" + message + "); the file is damaged or is not a zip";
    }

    private static Iterator<Source> rejected(String uri, String name, String reason) {
        return List.<Source>of(new RejectedSource(uri, name, reason)).iterator();
    }
}
