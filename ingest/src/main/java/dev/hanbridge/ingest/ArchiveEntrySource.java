package dev.hanbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * An entry of a zip archive. The archive is a file on disk ({@code file != null}) or itself an
 * entry of another archive ({@code parent != null}); every {@link #open()} reopens the chain, so
 * nothing stays open between calls.
 */
record ArchiveEntrySource(Path file, ArchiveEntrySource parent, String entryName, long size, int depth,
        Charset nameCharset) implements Source {

    @Override
    public String uri() {
        return (file != null ? file.toString() : parent.uri()) + "!/" + entryName;
    }

    @Override
    public String name() {
        return ZipArchive.lastSegment(entryName);
    }

    boolean isArchive() {
        return ZipArchive.isArchiveName(entryName);
    }

    @Override
    public InputStream open() throws IOException {
        if (file != null) {
            ZipFile zip = new ZipFile(file.toFile(), nameCharset);
            try {
                ZipEntry entry = zip.getEntry(entryName);
                if (entry == null) {
                    throw new IOException(name() + ": the entry " + entryName + " is no longer in " + file);
                }
                return new LimitedInputStream(zip.getInputStream(entry), ZipArchive.MAX_ENTRY_BYTES, name(), zip);
            } catch (IOException | RuntimeException e) {
                zip.close();
                throw e;
            }
        }
        InputStream outer = parent.open();
        try {
            ZipInputStream zip = new ZipInputStream(outer, nameCharset);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return new LimitedInputStream(zip, ZipArchive.MAX_ENTRY_BYTES, name(), zip);
                }
            }
            throw new IOException(name() + ": the entry " + entryName + " is no longer in " + parent.uri());
        } catch (IOException | RuntimeException e) {
            outer.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return uri();
    }
}
