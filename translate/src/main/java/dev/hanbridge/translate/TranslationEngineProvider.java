package dev.hanbridge.translate;

import java.util.List;

/**
 * Makes an engine from settings. Providers are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.hanbridge.translate.TranslationEngineProvider}), so an engine in
 * its own jar plugs in without touching hanbridge.
 */
public interface TranslationEngineProvider {

    /** The id users select with {@code --engine}. */
    String id();

    /** One line for {@code hanbridge engines} and for error messages. */
    String description();

    /**
     * Creates the engine. Reads settings only; never touches the network.
     *
     * @throws EngineConfigurationException naming the setting to fix when one is missing or wrong
     */
    TranslationEngine create(EngineSettings settings);

    /** The settings {@link #create} reads, for {@code hanbridge engines}. */
    default List<EngineSetting> settings() {
        return List.of();
    }

    /** The provider's documented limits, shown when the engine is not configured. */
    default EngineLimits defaultLimits() {
        return EngineLimits.UNLIMITED;
    }
}
