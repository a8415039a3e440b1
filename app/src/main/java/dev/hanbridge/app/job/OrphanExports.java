package dev.hanbridge.app.job;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.hanbridge.export.RunBundle;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStatus;

/**
 * Removes the files that a killed export left in a run's folder and that nothing accounts for: no
 * row of {@code hb_export_file} names them and no bundle holds them. An export writes each file
 * first and records it with its chunk, so a process killed in between leaves files whose articles
 * the restart or the next run exports again (under the same names in a restart, in its own folder
 * in a run that takes the articles over). Temporary files of interrupted writes go too, and the
 * folder itself when nothing is left in it.
 *
 * <p>Public for the manager of a distributed run (app/distributed), which does for its remote
 * steps what the single-machine ingest and export steps do here.
 */
public final class OrphanExports {

    private static final Logger log = LoggerFactory.getLogger(OrphanExports.class);

    private OrphanExports() {
    }

    /**
     * Removes them from {@code run}'s folder; a running run is left alone unless it is the
     * caller's own ({@code own}: its export step has not started).
     *
     * @return how many files were removed
     */
    public static int remove(RunRecord run, ExportFileStore files, boolean own) {
        if (run.status() == RunStatus.RUNNING && !own) {
            return 0;
        }
        RunContext context = RunContext.of(run);
        Path dir = context.runDir();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        Set<Path> recorded = new HashSet<>();
        files.ofRun(run.id()).forEach(row -> recorded.add(Path.of(row.path()).toAbsolutePath().normalize()));
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path file : entries) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || recorded.contains(file.toAbsolutePath().normalize())
                        || (run.bundlePath() != null && file.getFileName().toString().equals(RunBundle.MANIFEST_NAME))) {
                    continue;
                }
                Files.deleteIfExists(file);
                removed++;
            }
            removed += removeTemporaryBundles(dir.getParent(), context.bundleZip().getFileName().toString());
        } catch (IOException e) {
            log.warn("could not clear the files a killed export left in {}: {}", dir, e.getMessage());
            return removed;
        }
        deleteIfEmpty(dir);
        if (removed > 0) {
            log.info("removed {} files from {} that no table or bundle holds (left by a killed export of run {})",
                    removed, dir, run.id());
        }
        return removed;
    }

    /** The bundle's temporary files ({@code .hanbridge-run-N.zip.tmp-…}) beside the run folder. */
    private static int removeTemporaryBundles(Path outDir, String bundleName) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(outDir, "." + bundleName + ".tmp-*")) {
            for (Path temp : temps) {
                if (Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void deleteIfEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (!entries.iterator().hasNext()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // Not empty after all, or gone: either way nothing to do.
        }
    }
}
