package dev.hanbridge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Depth-first walk over inputs. The stack holds one iterator per open level (directory, archive
 * or feed), so memory follows the depth of the tree, not its size (a feed's items are held while
 * the walk is inside it).
 *
 * <p>Symbolic links below an input: a link to a file that stays inside the input (its real path
 * lies under the input's real path) is read under the link's name; a link to a folder inside the
 * input is left alone, since its files are read where they are (following it would read them
 * twice, or loop). A link, to a file or a folder, that leaves the input comes out as a source
 * refused with the reason, without the link's target: the inbox is the boundary of what a run
 * reads, and a server allows its clients that boundary and no more. An input itself may be a
 * link: the person or server that named it chose where it leads.
 */
final class SourceWalker implements Iterator<Source> {

    private final Deque<Iterator<?>> stack = new ArrayDeque<>();
    private Source next;
    /** The real path of the input folder being walked; {@code null} outside a folder input. */
    private Path inputRoot;

    SourceWalker(List<Path> inputs) {
        stack.push(inputs.iterator());
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Source next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Source result = next;
        next = null;
        return result;
    }

    private Source advance() {
        while (!stack.isEmpty()) {
            Iterator<?> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                continue;
            }
            boolean topLevel = stack.size() == 1;
            Object item = level.next();
            if (item instanceof Path path) {
                Source source = visit(path, topLevel);
                if (source != null) {
                    return source;
                }
            } else if (item instanceof ArchiveEntrySource entry && entry.isArchive()) {
                stack.push(ZipArchive.entriesOfNested(entry));
            } else if (item instanceof ArchiveEntrySource entry && FeedFile.isFeedName(entry.name())
                    && FeedFile.startsLikeFeed(entry)) {
                stack.push(FeedFile.itemsOf(entry));
            } else {
                return (Source) item;
            }
        }
        return null;
    }

    private Source visit(Path path, boolean topLevel) {
        if (topLevel) {
            inputRoot = realFolder(path);
        } else if (isHidden(path)) {
            return null;
        } else if (Files.isSymbolicLink(path)) {
            return linked(path);
        }
        if (Files.isDirectory(path, topLevel ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS})) {
            try {
                stack.push(FolderListing.of(path).iterator());
                return null;
            } catch (IOException e) {
                return new RejectedSource(path.toString(), String.valueOf(path.getFileName()),
                        "cannot list the directory (" + e.getMessage() + "); check its permissions");
            }
        }
        if (!Files.isRegularFile(path)) {
            return null;
        }
        if (ZipArchive.isArchiveName(path.getFileName().toString())) {
            stack.push(ZipArchive.entriesOf(path));
            return null;
        }
        FileSource file = new FileSource(path);
        if (FeedFile.isFeedName(file.name()) && FeedFile.startsLikeFeed(file)) {
            stack.push(FeedFile.itemsOf(file));
            return null;
        }
        return file;
    }

    /** A link below the input: refused when it leads out of the input, else read or left alone. */
    private Source linked(Path link) {
        String name = String.valueOf(link.getFileName());
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException e) {
            return null; // a dangling link: nothing to read
        }
        boolean folder = Files.isDirectory(real);
        if (inputRoot == null || !real.startsWith(inputRoot)) {
            return new RejectedSource(link.toString(), name, "a symbolic link to a " + (folder ? "folder" : "file")
                    + " outside the input folder; not read (links are followed only when they stay inside the input)");
        }
        if (folder || !Files.isRegularFile(real)) {
            return null;
        }
        if (ZipArchive.isArchiveName(name)) {
            stack.push(ZipArchive.entriesOf(link));
            return null;
        }
        FileSource file = new FileSource(link, real);
        if (FeedFile.isFeedName(file.name()) && FeedFile.startsLikeFeed(file)) {
            stack.push(FeedFile.itemsOf(file));
            return null;
        }
        return file;
    }

    private static Path realFolder(Path input) {
        try {
            return Files.isDirectory(input) ? input.toRealPath() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isHidden(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            return false;
        }
    }
}
