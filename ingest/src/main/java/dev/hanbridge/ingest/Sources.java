package dev.hanbridge.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Turns input paths (files, directories, zip archives) into {@link Source}s. */
public final class Sources {

    private Sources() {
    }

    /** One file as a source, as it is (no archive is opened): what {@code hanbridge segment FILE} reads. */
    public static Source file(Path path) {
        return new FileSource(path.toAbsolutePath().normalize());
    }

    /**
     * Lazily walks files, directories (recursive, sorted by name, hidden files skipped), zip
     * archives (entries become Sources; nested zips are opened up to depth 3; zip-bomb and
     * path-escaping entries guarded) and feeds (a {@code .xml}, {@code .rss}, {@code .atom} or
     * {@code .rdf} file or entry that starts like RSS or Atom: each item becomes a Source whose URI
     * is the feed's, {@code !} and the item's link or guid, and whose bytes are the item alone). Never throws for a bad file: an unreadable archive comes
     * out as a Source whose extraction fails with a clear reason (its {@code open()} throws an
     * IOException saying the same). Archive entries come in archive order; Korean entry names
     * written by Windows (CP949 without the UTF-8 flag) are read correctly. Memory does not grow
     * with the number of files: only the listings of the directories on the current path (and
     * the entry list of the archive being read) are held.
     *
     * @throws IllegalArgumentException only for an input path that does not exist
     */
    public static Stream<Source> scan(List<Path> inputs) {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("Input " + input + " does not exist. Check the path given with --input.");
            }
        }
        SourceWalker walker = new SourceWalker(inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(walker, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
