package dev.hanbridge.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that has been written completely and moved to its final name.
 *
 * @param format the article format, {@code null} for a run's bundle or manifest
 * @param path absolute
 * @param size in bytes
 * @param sha256 lower-case hex SHA-256 of the bytes written
 */
public record ExportedFile(ExportFormat format, Path path, long size, String sha256) {
    public ExportedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
