package dev.hanbridge.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.core.env.StandardEnvironment;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.local.LocalSettings;
import dev.hanbridge.translate.local.models.InstalledModel;
import dev.hanbridge.translate.local.models.ModelDownloadException;
import dev.hanbridge.translate.local.models.ModelSource;
import dev.hanbridge.translate.local.models.ModelStore;
import dev.hanbridge.translate.local.models.VerifyReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hanbridge models}: the local engine's models in {@code HANBRIDGE_MODELS}. Settings come
 * from system properties and environment variables, as the engine reads them; no database is
 * opened.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"Lists, fetches, checks and removes the local engine's models (in $HANBRIDGE_MODELS, "
                + "default ~/.cache/hanbridge/models)."},
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Pull.class, ModelsCommand.Verify.class,
                ModelsCommand.Remove.class})
class ModelsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a models command is required: list, pull, "
                + "verify or remove");
    }

    static LocalSettings settings() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            return LocalSettings.read(key -> Optional.ofNullable(environment.getProperty(key)));
        } catch (EngineConfigurationException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** A model's folder name: {@code owner--name} for a repository {@code owner/name}. */
    static String folderName(String name) {
        return name.replace("/", "--");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the models: name, size, files, whether they were verified, and where they are.")
    static class ListModels implements Callable<Integer> {

        @Override
        public Integer call() {
            LocalSettings local = settings();
            ModelStore store = local.store();
            List<InstalledModel> models = store.list();
            System.out.println("Models in " + store.root() + " (" + ModelStore.ENVIRONMENT_VARIABLE + "):");
            if (!models.isEmpty()) {
                System.out.printf("  %-32s %10s %6s  %-17s %s%n", "NAME", "SIZE", "FILES", "CHECKED", "FROM");
            }
            for (InstalledModel m : models) {
                String mark = m.folder().equals(local.folder()) ? "*" : " ";
                String checked = !m.pulled() ? "no (copied in)" : m.complete() ? "at pull" : "incomplete";
                System.out.printf("%s %-32s %10s %6d  %-17s %s%n", mark, m.name(), DownloadBar.megabytes(m.sizeBytes()),
                        m.fileCount(), checked, m.pulled() ? m.repository() + "@" + m.revision() : "-");
            }
            if (models.isEmpty()) {
                System.out.println("  none");
            }
            if (local.present()) {
                System.out.println("* the local engine's model: " + local.folder());
            } else {
                System.out.println("The local engine's model is not present: " + local.folder() + ". "
                        + local.howToGetIt());
            }
            if (models.stream().anyMatch(InstalledModel::pulled)) {
                System.out.println("Checksums are checked when a model is pulled; 'hanbridge models verify' checks "
                        + "them again.");
            }
            return 0;
        }
    }

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {"Fetches a model into the models folder: SHA-256 checked, resumed where an earlier pull "
                    + "stopped.", "Without NAME, the local engine's model (hanbridge.engines.local.repository, "
                    + "default Xenova/opus-mt-ko-en)."})
    static class Pull implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", arity = "0..1",
                description = "A Hugging Face repository (owner/name) with the engine's file list and revision.")
        String name;

        @Option(names = "--revision", paramLabel = "REV", description = "Branch, tag or commit (default: the "
                + "engine's, hanbridge.engines.local.revision, else main).")
        String revision;

        @Override
        public Integer call() {
            LocalSettings local = settings();
            ModelSource source = local.source();
            try {
                if (name != null) {
                    source = source.withRepository(name.contains("--") && !name.contains("/")
                            ? name.replaceFirst("--", "/") : name);
                }
                if (revision != null) {
                    source = source.withRevision(revision);
                }
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            DownloadBar bar = DownloadBar.onConsole(source, local.store().folder(source));
            try {
                local.downloader().pull(source, bar);
            } catch (ModelDownloadException e) {
                bar.abandoned();
                System.err.println("hanbridge: " + e.getMessage());
                return 1;
            }
            bar.finished();
            if (!local.store().folder(source).equals(local.folder())) {
                System.out.println("The local engine runs " + local.folder() + "; to run this model, set "
                        + "hanbridge.engines.local.repository=" + source.repository()
                        + " (HANBRIDGE_ENGINES_LOCAL_REPOSITORY).");
            }
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks every file of a pulled model against the checksums it was pulled with (without NAME:"
                    + " every model). Exit status 1 when a file is missing or differs.")
    static class Verify implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", arity = "0..1", description = "A model's folder name (or its repository).")
        String name;

        @Override
        public Integer call() {
            ModelStore store = settings().store();
            List<String> names = new ArrayList<>();
            if (name != null) {
                names.add(folderName(name));
            } else {
                store.list().forEach(m -> names.add(m.name()));
            }
            if (names.isEmpty()) {
                System.out.println("No models in " + store.root() + ".");
                return 0;
            }
            boolean allValid = true;
            for (String one : names) {
                VerifyReport report;
                try {
                    report = store.verify(one);
                } catch (IllegalArgumentException e) {
                    throw new CliException(e.getMessage());
                }
                if (report.valid()) {
                    System.out.println(one + ": verified, " + report.checked().size() + " files match their SHA-256 "
                            + "or Git blob id");
                } else {
                    allValid = false;
                    System.out.println(one + ": NOT verified");
                    report.problems().forEach(p -> System.out.println("  " + p));
                }
            }
            return allValid ? 0 : 1;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Deletes a model's folder, and any unfinished pull of it.")
    static class Remove implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "A model's folder name (or its repository).")
        String name;

        @Override
        public Integer call() {
            ModelStore store = settings().store();
            String folder = folderName(name);
            boolean removed;
            try {
                removed = store.remove(folder);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            if (!removed) {
                System.err.println("hanbridge: no model " + folder + " in " + store.root()
                        + "; hanbridge models list shows them");
                return 1;
            }
            System.out.println("Removed " + store.root().resolve(folder));
            return 0;
        }
    }
}
