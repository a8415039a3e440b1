package dev.hanbridge.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import dev.hanbridge.store.RunRecord;

/**
 * Resolves a requested file name against one run's own export folder, and nothing else: no
 * separators or parent names, and no symbolic link leading out of the folder (the real path is
 * checked, not only the name). Anything else is "not found", so nothing outside is revealed.
 *
 * <p>The real path is compared with the output folder's real path plus {@code run-<id>}, not with
 * the run folder's own real path: a run folder that is itself a link ({@code run-3 -> /etc}) would
 * otherwise make everything behind the link "inside" it.
 */
final class RunFiles {

    private RunFiles() {
    }

    /** The run's folder of per-article files: {@code <out>/run-<id>}. */
    static Path runDir(RunRecord run) {
        return outDir(run).resolve(runDirName(run));
    }

    /** The run's bundle: {@code <out>/hanbridge-run-<id>.zip}. */
    static Path bundle(RunRecord run) {
        return outDir(run).resolve(bundleName(run));
    }

    private static Path outDir(RunRecord run) {
        return Path.of(run.outDir()).toAbsolutePath().normalize();
    }

    private static String runDirName(RunRecord run) {
        return "run-" + run.id();
    }

    private static String bundleName(RunRecord run) {
        return "hanbridge-run-" + run.id() + ".zip";
    }

    /**
     * @throws NotFoundException when the name is not a plain file name or the file is not a
     *         regular file inside the run's folder (real path)
     */
    static Path resolve(RunRecord run, String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.indexOf('\0') >= 0
                || name.equals(".") || name.equals("..")) {
            throw new NotFoundException("no file '" + printable(name) + "' in run " + run.id());
        }
        Path dir = runDir(run);
        Path candidate = dir.resolve(name).normalize();
        if (!candidate.getParent().equals(dir)) {
            throw new NotFoundException("no file '" + printable(name) + "' in run " + run.id());
        }
        return inside(run, candidate, Path.of(runDirName(run)), name);
    }

    /** The bundle, if the run wrote one; checked like any file. */
    static Path resolveBundle(RunRecord run) {
        Path bundle = bundle(run);
        if (run.bundlePath() == null) {
            throw new NotFoundException("run " + run.id() + " has no bundle yet");
        }
        Path real = inside(run, bundle, Path.of(""), bundleName(run));
        if (!real.getFileName().toString().equals(bundleName(run))) {
            throw new NotFoundException("run " + run.id() + " has no bundle yet");
        }
        return real;
    }

    /**
     * The candidate's real path, when it is a regular file under {@code within}, a folder named
     * relative to the real path of the output folder.
     */
    private static Path inside(RunRecord run, Path candidate, Path within, String name) {
        try {
            if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(candidate)) {
                throw new NotFoundException("no file '" + printable(name) + "' in run " + run.id());
            }
            Path real = candidate.toRealPath();
            Path allowed = outDir(run).toRealPath().resolve(within);
            boolean under = within.toString().isEmpty() ? allowed.equals(real.getParent()) : real.startsWith(allowed);
            if (!under || !Files.isRegularFile(real)) {
                throw new NotFoundException("no file '" + printable(name) + "' in run " + run.id());
            }
            return real;
        } catch (IOException e) {
            throw new NotFoundException("no file '" + printable(name) + "' in run " + run.id());
        }
    }

    private static String printable(String name) {
        if (name == null) {
            return "";
        }
        String cut = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
