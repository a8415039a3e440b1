package dev.hanbridge.translate.local.models;

import java.nio.file.Path;

/**
 * A model folder in the store.
 *
 * @param name       the folder name ({@code owner--name} for pulled models)
 * @param repository where it was pulled from, or null for a folder copied in by hand
 * @param revision   the revision pulled, or null
 * @param sizeBytes  bytes of all files in the folder
 * @param fileCount  files in the folder, the manifest not counted
 * @param complete   every file the manifest lists is there with its size (no hashing: see
 *                   {@link ModelStore#verify}); false for a folder without a manifest
 */
public record InstalledModel(String name, Path folder, String repository, String revision, long sizeBytes,
        int fileCount, boolean complete) {

    /** Whether the folder has a manifest, i.e. was pulled, so that {@link ModelStore#verify} can check it. */
    public boolean pulled() {
        return repository != null;
    }
}
