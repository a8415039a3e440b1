package dev.hanbridge.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A folder's entries in the order of their names, held as the names' UTF-8 bytes packed into one
 * array, each made a {@link Path} again when the walk reaches it. The walk of a flat inbox holds its
 * listing until the last file: as {@code Path} objects that was about 150 bytes a file for each
 * ingest partition, 3 MB of a 10,000-file inbox's live heap on two partitions, enough for the
 * collector to grow the heap of long runs (heap dumps of bench/cli.sh's 10,000-article run); packed,
 * it is the names' length and four bytes.
 *
 * <p>A name that does not survive the trip through a {@code String} (bytes that are not valid in
 * the platform's encoding) is kept as the {@code Path} the folder gave, so that it is still read.
 */
final class FolderListing implements Iterable<Path> {

    private final Path folder;
    private final byte[] names;
    /** Where each name ends in {@link #names}. */
    private final int[] ends;
    /** Entries kept as paths, by position: their names do not map back to the same file. */
    private final Map<Integer, Path> unmapped;

    private FolderListing(Path folder, byte[] names, int[] ends, Map<Integer, Path> unmapped) {
        this.folder = folder;
        this.names = names;
        this.ends = ends;
        this.unmapped = unmapped;
    }

    /** Lists {@code folder}: every entry, sorted by name as a {@code String}. */
    static FolderListing of(Path folder) throws IOException {
        record Entry(String name, Path unmapped) {
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                entries.add(new Entry(name, folder.resolve(name).equals(path) ? null : path));
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        entries.sort((a, b) -> a.name().compareTo(b.name()));
        byte[][] encoded = new byte[entries.size()][];
        int total = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = entries.get(i).name().getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
        }
        byte[] names = new byte[total];
        int[] ends = new int[encoded.length];
        Map<Integer, Path> unmapped = new HashMap<>();
        for (int i = 0, at = 0; i < encoded.length; i++) {
            System.arraycopy(encoded[i], 0, names, at, encoded[i].length);
            at += encoded[i].length;
            ends[i] = at;
            if (entries.get(i).unmapped() != null) {
                unmapped.put(i, entries.get(i).unmapped());
            }
        }
        return new FolderListing(folder, names, ends, Map.copyOf(unmapped));
    }

    @Override
    public Iterator<Path> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ends.length;
            }

            @Override
            public Path next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                Path kept = unmapped.get(i);
                if (kept != null) {
                    return kept;
                }
                int start = i == 0 ? 0 : ends[i - 1];
                return folder.resolve(new String(names, start, ends[i] - start, StandardCharsets.UTF_8));
            }
        };
    }
}
