package dev.hanbridge.translate.local.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder of local models, shared by every data folder: {@code HANBRIDGE_MODELS}, by default
 * {@code ~/.cache/hanbridge/models}. Each model is a subfolder; pulled ones carry a manifest
 * ({@code .hanbridge-model.json}); a folder copied in by hand works too. Downloads in progress
 * live in {@code .partial/} until complete.
 */
public final class ModelStore {

    public static final String ENVIRONMENT_VARIABLE = "HANBRIDGE_MODELS";

    private final Path root;

    private ModelStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static ModelStore at(Path root) {
        return new ModelStore(root);
    }

    /** {@code HANBRIDGE_MODELS} when set, else {@code ~/.cache/hanbridge/models}. */
    public static ModelStore fromEnvironment(Map<String, String> environment) {
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new ModelStore(Path.of(configured));
        }
        return new ModelStore(Path.of(System.getProperty("user.home"), ".cache", "hanbridge", "models"));
    }

    public Path root() {
        return root;
    }

    /** The folder a model of this name has (or would have). */
    public Path folder(String name) {
        if (name.isBlank() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("A model name is a folder name in " + root + ", got \"" + name + "\"");
        }
        return root.resolve(name);
    }

    public Path folder(ModelSource source) {
        return folder(source.folderName());
    }

    Path partialFolder(ModelSource source) {
        return root.resolve(".partial").resolve(source.folderName());
    }

    /** The model folders, by name; an absent store has none. */
    public List<InstalledModel> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<InstalledModel> models = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path folder : entries.filter(Files::isDirectory).sorted().toList()) {
                if (!folder.getFileName().toString().startsWith(".")) {
                    models.add(inspect(folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the model folder " + root, e);
        }
        return models;
    }

    /**
     * What is in one model folder, in the store or anywhere else: where it was pulled from (by
     * its manifest), its size and whether every file the manifest lists is there. Reads no file's
     * content.
     */
    public static InstalledModel inspect(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Optional<Manifest> manifest = Manifest.read(absolute);
        boolean complete = manifest.map(m -> m.files().stream().allMatch(f -> hasSize(absolute, f))).orElse(false);
        List<Path> files = files(absolute);
        long bytes = files.stream().mapToLong(ModelStore::sizeOf).sum();
        int count = (int) files.stream().filter(f -> !f.getFileName().toString().equals(Manifest.FILE_NAME)).count();
        return new InstalledModel(absolute.getFileName().toString(), absolute,
                manifest.map(Manifest::repository).orElse(null), manifest.map(Manifest::revision).orElse(null), bytes,
                count, complete);
    }

    /** Checks every file the manifest lists: present, of its size, with its checksum. */
    public VerifyReport verify(String name) {
        Path folder = folder(name);
        if (!Files.isDirectory(folder)) {
            return new VerifyReport(name, List.of(), List.of("no model " + name + " in " + root));
        }
        Optional<Manifest> manifest = Manifest.read(folder);
        if (manifest.isEmpty()) {
            return new VerifyReport(name, List.of(), List.of(folder + " has no " + Manifest.FILE_NAME
                    + " (copied in by hand?): its files cannot be checked"));
        }
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ExpectedFile file : manifest.get().files()) {
            try {
                String problem = file.problem(folder.resolve(file.path()));
                if (problem == null) {
                    checked.add(file.path());
                } else {
                    problems.add(problem);
                }
            } catch (IOException e) {
                problems.add(file.path() + " cannot be read: " + e.getMessage());
            }
        }
        return new VerifyReport(name, checked, problems);
    }

    /** Deletes the model folder and any unfinished download of it; false when there was none. */
    public boolean remove(String name) {
        Path folder = folder(name);
        Path partial = root.resolve(".partial").resolve(name);
        boolean existed = Files.exists(folder) || Files.exists(partial);
        deleteTree(folder);
        deleteTree(partial);
        return existed;
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }

    private static boolean hasSize(Path folder, ExpectedFile file) {
        Path path = folder.resolve(file.path());
        try {
            return Files.isRegularFile(path) && (file.size() < 0 || Files.size(path) == file.size());
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the files of " + folder, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
