package dev.hanbridge.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.core.env.StandardEnvironment;

import dev.hanbridge.export.Languages;
import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineDescription;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;
import dev.hanbridge.translate.driver.EngineCheck;
import dev.hanbridge.translate.local.LocalEngineProvider;
import dev.hanbridge.translate.local.LocalSettings;
import dev.hanbridge.translate.local.models.InstalledModel;
import dev.hanbridge.translate.local.models.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "engines", mixinStandardHelpOptions = true,
        description = {"Lists every translation engine, configured or not: its limits and its settings.",
                "Secret values are shown as (set), never printed.",
                "With --check, sends one short Korean sentence to each configured engine (or to the ones named) and"
                        + " prints OK with the translation and the time it took, or the reason it failed."},
        footer = {"", "Exit status: 0, or with --check 1 when an engine checked failed."})
class EnginesCommand implements Callable<Integer> {

    /** What --check is given without an id: every configured engine. */
    private static final String ALL = "*";

    @Option(names = "--check", arity = "0..1", paramLabel = "ID", fallbackValue = ALL,
            description = "Check that engines answer: every configured one, or those named (e.g. openai or"
                    + " openai,deepl).")
    String check;

    @Override
    public Integer call() {
        // The same sources the application reads engine settings from: system properties and
        // environment variables (hanbridge.engines.deepl.api-key or HANBRIDGE_ENGINES_DEEPL_API_KEY,
        // or the provider's own variable such as DEEPL_API_KEY). No database is opened.
        StandardEnvironment environment = new StandardEnvironment();
        EngineSettings settings = key -> Optional.ofNullable(environment.getProperty(key));
        EngineRegistry registry = EngineRegistry.discover(EnginesCommand.class.getClassLoader());
        if (check != null) {
            String target = Languages.canonical(Optional.ofNullable(environment.getProperty("HANBRIDGE_TARGET_LANG"))
                    .filter(s -> !s.isBlank()).orElse(Languages.DEFAULT_TARGET));
            return check(registry, settings, target);
        }
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
        System.out.println("Override per run with --engine ID, or a fallback chain such as --engine deepl,google;"
                + " check set-ups with --check.");
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

    private int check(EngineRegistry registry, EngineSettings settings, String targetLang) {
        List<TranslationEngine> engines = new ArrayList<>();
        boolean failed = false;
        if (ALL.equals(check)) {
            for (TranslationEngineProvider p : registry.providers()) {
                try {
                    p.create(settings).ifPresent(engines::add);
                } catch (EngineConfigurationException notConfigured) {
                    // not configured: hanbridge engines says what to set
                }
            }
            if (engines.isEmpty()) {
                System.out.println("No engine is configured: hanbridge engines lists each one's settings.");
                return 0;
            }
        } else {
            for (String id : check.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                try {
                    List<TranslationEngine> chain = registry.create(id.strip(), settings);
                    if (chain.isEmpty()) {
                        System.out.printf("OK    %-15s translates nothing (prepare-only): nothing to check%n", id.strip());
                    }
                    engines.addAll(chain);
                } catch (EngineConfigurationException e) {
                    System.out.printf("FAIL  %-15s %s%n", id.strip(), e.getMessage());
                    failed = true;
                }
            }
        }
        EngineCheck checker = new EngineCheck();
        for (TranslationEngine engine : engines) {
            EngineCheck.Result r = checker.check(engine, targetLang);
            String name = r.engine() + (r.model() == null ? "" : " (" + r.model() + ")");
            if (r.ok()) {
                System.out.printf("OK    %-15s %.1f s  %s%n", name, r.took().toMillis() / 1000.0, r.translation());
            } else {
                System.out.printf("FAIL  %-15s %.1f s  %s%n", name, r.took().toMillis() / 1000.0, r.problem());
                failed = true;
            }
        }
        if (!engines.isEmpty()) {
            System.out.println("(sent: " + EngineCheck.SENTENCE + ")");
        }
        return failed ? 1 : 0;
    }
}
