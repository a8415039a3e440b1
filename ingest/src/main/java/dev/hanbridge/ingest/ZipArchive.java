package dev.hanbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** Lists the entries of zip archives as sources, with the guards a batch job reading strangers' archives needs. */
final class ZipArchive {

    /** Archives inside archives are opened down to this depth (the top-level zip is depth 1). */
    static final int MAX_DEPTH = 3;
    /** No single entry may expand beyond this: a news article, even with images, is far smaller. */
    static final long MAX_ENTRY_BYTES = 256L << 20;
    /** Above 1 MB, a compression ratio beyond this is a zip bomb, not text (plain prose deflates about 3:1 to 10:1). */
    static final long MAX_RATIO = 200;
    static final int MAX_ENTRIES = 100_000;

    /**
     * Windows' built-in zip writes Korean names in CP949 without the UTF-8 flag; the JDK refuses
     * such names when reading them as UTF-8, so we retry with the Korean code page.
     */
    private static final Charset KOREAN_NAMES = Charset.forName("x-windows-949");

    private ZipArchive() {
    }

    static boolean isArchiveName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    static String lastSegment(String entryName) {
        String trimmed = entryName.endsWith("/") ? entryName.substring(0, entryName.length() - 1) : entryName;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Entries of an archive file on disk; a damaged archive yields one rejected source saying so. */
    static Iterator<Source> entriesOf(Path zipPath) {
        try {
            return list(zipPath, StandardCharsets.UTF_8).iterator();
        } catch (ZipException e) {
            try {
                return list(zipPath, KOREAN_NAMES).iterator();
            } catch (IOException | RuntimeException again) {
                return damaged(zipPath.toString(), zipPath.getFileName().toString(), e);
            }
        } catch (IOException | RuntimeException e) {
            return damaged(zipPath.toString(), zipPath.getFileName().toString(), e);
        }
    }

    private static List<Source> list(Path zipPath, Charset charset) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipPath.toFile(), charset)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!add(sources, zipPath.toString(), entry, entry.getSize(), entry.getCompressedSize(),
                        name -> new ArchiveEntrySource(zipPath, null, name, entry.getSize(), 1, charset))) {
                    break;
                }
            }
        }
        return sources;
    }

    /** Entries of an archive that is itself an entry: read through once to list them. */
    static Iterator<Source> entriesOfNested(ArchiveEntrySource archive) {
        try {
            return listNested(archive, StandardCharsets.UTF_8).iterator();
        } catch (IllegalArgumentException e) {
            // ZipInputStream reports a name that is not UTF-8 this way.
            try {
                return listNested(archive, KOREAN_NAMES).iterator();
            } catch (IOException | RuntimeException again) {
                return damaged(archive.uri(), archive.name(), again);
            }
        } catch (IOException | RuntimeException e) {
            return damaged(archive.uri(), archive.name(), e);
        }
    }

    private static List<Source> listNested(ArchiveEntrySource archive, Charset charset) throws IOException {
        List<Source> sources = new ArrayList<>();
        int depth = archive.depth() + 1;
        try (InputStream in = archive.open(); ZipInputStream zip = new ZipInputStream(in, charset)) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                long size = 0;
                if (!entry.isDirectory()) {
                    for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                        size += n;
                        if (size > MAX_ENTRY_BYTES) {
                            break;
                        }
                    }
                }
                long compressed = entry.getCompressedSize();
                long finalSize = size;
                if (!add(sources, archive.uri(), entry, size, compressed,
                        name -> new ArchiveEntrySource(null, archive, name, finalSize, depth, charset))) {
                    break;
                }
                if (size > MAX_ENTRY_BYTES) {
                    // Reading on would mean inflating the bomb; the rest of this archive is left out.
                    sources.add(new RejectedSource(archive.uri(), archive.name(),
                            "the archive holds an entry beyond " + (MAX_ENTRY_BYTES >> 20)
                                    + " MB (zip bomb guard); entries after it were not read"));
                    break;
                }
            }
        }
        return sources;
    }

    private interface EntryFactory {
        Source create(String entryName);
    }

    /** Adds the entry (or a rejection for it); false when the archive has too many entries to go on. */
    private static boolean add(List<Source> sources, String archiveUri, ZipEntry entry, long size, long compressed,
            EntryFactory factory) {
        String name = entry.getName();
        if (entry.isDirectory() || isHiddenEntry(name)) {
            return true;
        }
        String uri = archiveUri + "!/" + name;
        String shortName = lastSegment(name.replace('\\', '/'));
        if (sources.size() >= MAX_ENTRIES) {
            sources.add(new RejectedSource(archiveUri, lastSegment(archiveUri), "the archive has more than "
                    + MAX_ENTRIES + " entries; the rest were not read. Split it into smaller archives"));
            return false;
        }
        if (escapes(name)) {
            sources.add(new RejectedSource(uri, shortName, "unsafe path \"" + name
                    + "\" in the archive points outside it; the entry was not read"));
        } else if (size > MAX_ENTRY_BYTES) {
            sources.add(new RejectedSource(uri, shortName, "the entry expands to " + (size >> 20) + " MB, beyond the "
                    + (MAX_ENTRY_BYTES >> 20) + " MB limit (zip bomb guard); it was not read"));
        } else if (compressed > 0 && size > (1L << 20) && size / compressed > MAX_RATIO) {
            sources.add(new RejectedSource(uri, shortName, "the entry is compressed " + (size / compressed)
                    + ":1, which looks like a zip bomb; it was not read"));
        } else {
            sources.add(factory.create(name));
        }
        return true;
    }

    /** Zip-slip: absolute names, drive letters and ".." segments would escape any folder the entry is unpacked into. */
    static boolean escapes(String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHiddenEntry(String name) {
        for (String segment : name.replace('\\', '/').split("/")) {
            if (segment.startsWith(".") && !segment.equals("..") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static Iterator<Source> damaged(String uri, String name, Exception e) {
        return List.<Source>of(new RejectedSource(uri, name, "cannot open the zip archive (" + e.getMessage()
                + "); the file is damaged or is not a zip")).iterator();
    }
}
