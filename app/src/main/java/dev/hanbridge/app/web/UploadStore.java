package dev.hanbridge.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploaded sources in a fresh folder that then becomes a run's input. Before anything is
 * stored, every archive is read through once: entry names that are absolute or climb out
 * ({@code ../}), archives nested too deep, too many entries, or more inflated bytes than allowed
 * (counted, not taken from headers, which a zip bomb fakes) reject the whole upload.
 */
final class UploadStore {

    /** Plain prose deflates about 3:1 to 10:1; past 1 MB, an archive expanding 100 times its size is a bomb. */
    static final long MAX_RATIO = 100;
    static final int MAX_DEPTH = 3;
    private static final Charset KOREAN_NAMES = Charset.forName("x-windows-949");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final int maxFiles;
    private final long maxUnpacked;
    private final int maxEntries;

    UploadStore(Path root, int maxFiles, long maxUnpacked, int maxEntries) {
        this.root = root;
        this.maxFiles = maxFiles;
        this.maxUnpacked = maxUnpacked;
        this.maxEntries = maxEntries;
    }

    /** An upload that breaks a rule; answered 400 (or 413 for size) with the reason. */
    static final class RejectedUpload extends RuntimeException {
        final boolean tooLarge;

        RejectedUpload(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }
    }

    /** Checks every file, then stores them all in a new folder, and returns it. */
    Path store(List<MultipartFile> files) throws IOException {
        List<MultipartFile> present = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (present.isEmpty()) {
            throw new RejectedUpload("no file uploaded: attach one or more articles or zip archives as 'files'", false);
        }
        if (present.size() > maxFiles) {
            throw new RejectedUpload(present.size() + " files uploaded; at most " + maxFiles + " per upload"
                    + " (put more into a zip archive)", true);
        }
        Set<String> names = new HashSet<>();
        String[] safeNames = new String[present.size()];
        for (int i = 0; i < present.size(); i++) {
            MultipartFile file = present.get(i);
            String name = unique(safeName(file.getOriginalFilename()), names);
            safeNames[i] = name;
            if (isZip(name, file)) {
                checkArchive(file, name);
            }
        }
        Path dir = root.resolve(LocalDateTime.now().format(STAMP) + "-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(dir);
        try {
            for (int i = 0; i < present.size(); i++) {
                try (InputStream in = present.get(i).getInputStream()) {
                    Files.copy(in, dir.resolve(safeNames[i]));
                }
            }
        } catch (IOException | RuntimeException e) {
            FileSystemUtils.deleteRecursively(dir);
            throw e;
        }
        return dir;
    }

    /**
     * Reads an uploaded archive through, counting entries and inflated bytes. Windows' zip writes
     * Korean names in CP949 without the UTF-8 flag, which the JDK refuses as UTF-8: such an archive
     * is read again with the Korean code page.
     */
    void checkArchive(MultipartFile file, String name) throws IOException {
        try (InputStream in = file.getInputStream()) {
            checkArchive(in, name, file.getSize(), 1, new long[2], StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8) {
            try (InputStream in = file.getInputStream()) {
                checkArchive(in, name, file.getSize(), 1, new long[2], KOREAN_NAMES);
            } catch (IllegalArgumentException neither) {
                throw new RejectedUpload(name + ": an entry name is neither UTF-8 nor CP949", false);
            }
        }
    }

    /** {@code totals}: [0] entries, [1] inflated bytes, across nested archives. */
    private void checkArchive(InputStream in, String name, long packedSize, int depth, long[] totals,
            Charset charset) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new RejectedUpload(name + ": archives nested deeper than " + MAX_DEPTH + " levels", false);
        }
        try {
            read(new ZipInputStream(in, charset), name, packedSize, depth, totals, charset);
        } catch (java.util.zip.ZipException e) {
            throw new RejectedUpload(name + ": not a readable zip archive (" + e.getMessage() + ")", false);
        }
    }

    private void read(ZipInputStream zip, String name, long packedSize, int depth, long[] totals, Charset charset)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            checkEntryName(name, entry.getName());
            if (++totals[0] > maxEntries) {
                throw new RejectedUpload(name + ": more than " + maxEntries + " archive entries", true);
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                // Nested: its entries count against the same totals, and the same uploaded size.
                checkArchive(new NonClosing(zip), name + "!/" + entry.getName(), packedSize, depth + 1, totals, charset);
                continue;
            }
            for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                totals[1] += n;
                if (totals[1] > maxUnpacked) {
                    throw new RejectedUpload(name + ": expands beyond " + (maxUnpacked >> 20)
                            + " MB (zip bomb guard)", true);
                }
                if (packedSize > 0 && totals[1] > (1L << 20) && totals[1] / packedSize > MAX_RATIO) {
                    throw new RejectedUpload(name + ": expands more than " + MAX_RATIO
                            + " times its size, which is a zip bomb, not articles", false);
                }
            }
        }
    }

    private static void checkEntryName(String archive, String entry) {
        String n = entry.replace('\\', '/');
        boolean escapes = n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0;
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                escapes = true;
            }
        }
        if (escapes) {
            throw new RejectedUpload(archive + ": the entry '" + entry.replaceAll("\\p{Cntrl}", "?")
                    + "' points outside the archive; archives with such names are refused", false);
        }
    }

    private static boolean isZip(String name, MultipartFile file) throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /** The last segment of the client's name, without control characters or a leading dot. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 150) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 150 - ext.length()) + ext;
        }
        return name.isEmpty() ? "upload" : name;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            int dot = name.lastIndexOf('.');
            candidate = dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i;
        }
        return candidate;
    }

    /** Lets a nested reader read one entry without closing the outer archive. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
