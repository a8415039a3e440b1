package dev.hanbridge.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

import dev.hanbridge.ingest.archive.ArchiveGuard;
import dev.hanbridge.ingest.archive.ArchiveLimits;
import dev.hanbridge.ingest.archive.UnsafeArchiveException;

/**
 * Stores uploaded sources in a fresh folder that then becomes a run's input. Before anything is
 * stored, every archive (a {@code .zip}, or any file that starts like one: DOCX and HWPX too) is
 * read through by ingest's {@link ArchiveGuard}, the same guard the run applies again: an archive
 * whose directory and entries disagree, an entry name that is absolute or climbs out, nesting too
 * deep, too many entries, or more inflated bytes than allowed (counted, not taken from headers,
 * which a zip bomb fakes) rejects the whole upload.
 */
final class UploadStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final int maxFiles;
    private final ArchiveGuard guard;

    /** @param limits the archive limits: ingest's defaults with the server's own settings applied */
    UploadStore(Path root, int maxFiles, ArchiveLimits limits) {
        this.root = root;
        this.maxFiles = maxFiles;
        this.guard = new ArchiveGuard(limits);
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

    /** Reads an uploaded archive through the guard, from a temporary copy (the guard needs random access). */
    void checkArchive(MultipartFile file, String name) throws IOException {
        Path copy = Files.createTempFile("hanbridge-upload-", ".zip");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            guard.verify(copy, name);
        } catch (UnsafeArchiveException e) {
            throw new RejectedUpload(e.getMessage(), e.overLimit());
        } finally {
            Files.deleteIfExists(copy);
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

    /**
     * Bytes a stored name may take in UTF-8: Linux file systems allow 255 per name, and
     * {@link #unique} may add a few; 200 bytes is 66 Korean syllables.
     */
    static final int MAX_NAME_BYTES = 200;

    /**
     * The last segment of the client's name, without control characters or a leading dot, cut to
     * {@link #MAX_NAME_BYTES} (keeping a short extension) at a character boundary.
     */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (utf8Length(name) > MAX_NAME_BYTES) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            String base = name.substring(0, name.length() - ext.length());
            int budget = MAX_NAME_BYTES - utf8Length(ext);
            int end = 0;
            for (int bytes = 0; end < base.length(); end += Character.charCount(base.codePointAt(end))) {
                bytes += utf8Length(Character.toString(base.codePointAt(end)));
                if (bytes > budget) {
                    break;
                }
            }
            name = base.substring(0, end) + ext;
        }
        return name.isEmpty() ? "upload" : name;
    }

    private static int utf8Length(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            int dot = name.lastIndexOf('.');
            candidate = dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i;
        }
        return candidate;
    }
}
