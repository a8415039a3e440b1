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
            System.out.println();
        }
        String selected = Optional.ofNullable(environment.getProperty("HANBRIDGE_ENGINE")).orElse("none");
        System.out.println("Selected by HANBRIDGE_ENGINE: " + selected + "  (override per run with --engine ID,"
                + " or a fallback chain such as --engine deepl,google; check set-ups with --check)");
        return 0;
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
