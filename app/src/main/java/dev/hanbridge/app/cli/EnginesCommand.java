package dev.hanbridge.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.core.env.StandardEnvironment;

import dev.hanbridge.translate.EngineDescription;
import dev.hanbridge.translate.EngineRegistry;
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
        EngineRegistry registry = EngineRegistry.discover(EnginesCommand.class.getClassLoader());
        for (EngineDescription engine : registry.describe(key -> Optional.ofNullable(environment.getProperty(key)))) {
            System.out.print(engine.render());
            System.out.println();
        }
        String selected = Optional.ofNullable(environment.getProperty("HANBRIDGE_ENGINE")).orElse("none");
        System.out.println("Selected by HANBRIDGE_ENGINE: " + selected + "  (override per run with --engine ID,"
                + " or a fallback chain such as --engine deepl,google)");
        return 0;
    }
}
