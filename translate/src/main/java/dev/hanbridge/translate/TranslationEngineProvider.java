package dev.hanbridge.translate;

import java.util.Optional;

/**
 * Makes an engine from settings. Providers are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.hanbridge.translate.TranslationEngineProvider}), so an engine in
 * its own jar plugs in without touching hanbridge: a new engine is one folder and one line there.
 */
public interface TranslationEngineProvider {

    /** Its id, description, settings and documented limits. */
    EngineSpec spec();

    /**
     * Creates the engine. Reads settings only; never touches the network.
     *
     * @return the engine, or empty for an id that stands for no engine at all (the prepare-only
     *         {@code none}: its chain is empty)
     * @throws EngineConfigurationException naming the setting to fix when one is missing or wrong
     */
    Optional<TranslationEngine> create(EngineSettings settings);

    /** The id users select with {@code --engine}. */
    default String id() {
        return spec().id();
    }

    /** One line for {@code hanbridge engines} and for error messages. */
    default String description() {
        return spec().description();
    }
}
