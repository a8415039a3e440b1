package dev.hanbridge.app.job;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a source relative to the run input it came from, for exports and manifests that leave
 * the machine: {@code /srv/inbox/2026/a.docx} from the input {@code /srv/inbox} is
 * {@code 2026/a.docx}; a file given as an input itself, or a zip, goes by its file name
 * ({@code batch.zip!/a.txt}), a feed item by the feed's name and its link
 * ({@code feeds/it.xml!https://news.example/a/1}); a source outside every input (an unfinished article an earlier run
 * with other inputs left) also goes by its file name. Never an absolute path: that would tell
 * every reader of the export the operator's folders and user name.
 */
final class SourceNames {

    /**
     * Where the part inside a file starts in a source URI: {@code !/} before an archive's entry,
     * {@code !} after a feed's name before its item's link or guid ({@code it.xml!https://…}).
     */
    private static final Pattern ENTRY = Pattern.compile("!/|(?<=\\.(?i:xml|rss|atom|rdf))!");

    private SourceNames() {
    }

    static String relative(String sourceUri, List<Path> inputs) {
        if (sourceUri == null) {
            return null;
        }
        Matcher m = ENTRY.matcher(sourceUri);
        int entry = m.find() ? m.start() : -1;
        String file = entry < 0 ? sourceUri : sourceUri.substring(0, entry);
        String inside = entry < 0 ? "" : sourceUri.substring(entry);
        Path path;
        try {
            path = Path.of(file).normalize();
        } catch (InvalidPathException e) {
            return lastPart(file) + inside;
        }
        if (!path.isAbsolute()) {
            return slashes(path) + inside;
        }
        Path best = null;
        for (Path input : inputs) {
            Path root = input.toAbsolutePath().normalize();
            if (path.startsWith(root) && !path.equals(root) && (best == null || root.getNameCount() > best.getNameCount())) {
                best = root;
            }
        }
        Path name = best != null ? best.relativize(path) : path.getFileName();
        return (name == null ? "" : slashes(name)) + inside;
    }

    private static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    private static String lastPart(String file) {
        String unified = file.replace('\\', '/');
        return unified.substring(unified.lastIndexOf('/') + 1);
    }
}
