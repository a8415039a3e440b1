package dev.hanbridge.translate;

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
}
