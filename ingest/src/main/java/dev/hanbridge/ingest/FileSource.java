package dev.hanbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A plain file on disk, read from {@code target}: the file itself, or, for a symbolic link the walk
 * checked, the real path it found, opened without following a link there, so that a link changed
 * after the check is not followed out of the input.
 */
record FileSource(Path path, Path target) implements Source {

    FileSource(Path path) {
        this(path, path);
    }

    @Override
    public String uri() {
        return path.toString();
    }

    @Override
    public String name() {
        return path.getFileName().toString();
    }

    @Override
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public InputStream open() throws IOException {
        return target.equals(path) ? Files.newInputStream(path)
                : Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public String toString() {
        return uri();
    }
}
