package dev.hanbridge.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.core.env.StandardEnvironment;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineDescription;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.local.LocalEngineProvider;
import dev.hanbridge.translate.local.LocalSettings;
import dev.hanbridge.translate.local.models.InstalledModel;
import dev.hanbridge.translate.local.models.ModelStore;
import picocli.CommandLine.Command;

@Command(name = "engines", mixinStandardHelpOptions = true,
        description = {"Lists every translation engine, configured or not: its limits and its settings.",
                "Secret values are shown as (set), never printed."})
class EnginesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        // The same sources the application reads engine settings from: system properties and
        // environment variables (hanbridge.engines.deepl.api-key or HANBRIDGE_ENGINES_DEEPL_API_KEY,
        // or the provider's own variable such as DEEPL_API_KEY). No database is opened.
        StandardEnvironment environment = new StandardEnvironment();
        EngineSettings settings = key -> Optional.ofNullable(environment.getProperty(key));
        EngineRegistry registry = EngineRegistry.discover(EnginesCommand.class.getClassLoader());
        for (EngineDescription engine : registry.describe(settings)) {
            System.out.print(engine.render());
            if (engine.id().equals(LocalEngineProvider.ID) && engine.configured()) {
                System.out.println("    " + localModel(settings));
            }
            System.out.println();
        }
        String chosen = environment.getProperty("HANBRIDGE_ENGINE");
        if (chosen == null || chosen.isBlank() || chosen.strip().equals(EngineRegistry.AUTO)) {
            System.out.println("Selected: auto" + (chosen == null || chosen.isBlank() ? " (HANBRIDGE_ENGINE is not set)"
                    : "") + ": " + auto(registry, settings));
        } else {
            System.out.println("Selected by HANBRIDGE_ENGINE: " + chosen);
        }
        System.out.println("Override per run with --engine ID, or a fallback chain such as --engine deepl,google.");
        return 0;
    }

    /** What auto stands for now. */
    private static String auto(EngineRegistry registry, EngineSettings settings) {
        if (registry.resolve(EngineRegistry.AUTO, settings).equals(LocalEngineProvider.ID)) {
            return "local, its model is present";
        }
        try {
            return LocalSettings.read(settings).fetchable()
                    ? "local once 'hanbridge run' (or 'hanbridge models pull') has fetched its model; none while it cannot"
                    : "none, as the local engine's model is not present";
        } catch (EngineConfigurationException e) {
            return "none, as the local engine's settings are wrong";
        }
    }

    /** Where the local engine's model is, its size and file count; read from the folder, not loaded. */
    private static String localModel(EngineSettings settings) {
        LocalSettings local = LocalSettings.read(settings);
        InstalledModel model = ModelStore.inspect(local.folder());
        return "model folder: " + local.folder() + "  (present, " + DownloadBar.megabytes(model.sizeBytes()) + ", "
                + model.fileCount() + " files)";
    }
}
