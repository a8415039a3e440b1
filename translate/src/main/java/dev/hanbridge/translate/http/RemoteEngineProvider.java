package dev.hanbridge.translate.http;

import java.time.Duration;
import java.util.Optional;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.EngineSpec;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;

/**
 * The shape every remote engine's provider shares: it declares its id, description, documented
 * limits, request timeout and own settings once, in its constructor, and creates its engine from
 * a {@link SettingsReader}. The settings every remote engine reads (timeouts, limit overrides)
 * are added to its own.
 */
public abstract class RemoteEngineProvider implements TranslationEngineProvider {

    private final EngineSpec spec;

    protected RemoteEngineProvider(String id, String description, EngineLimits documented, Duration requestTimeout,
            EngineSetting... own) {
        this.spec = SettingsReader.spec(id, description, documented, requestTimeout, own);
    }

    @Override
    public final EngineSpec spec() {
        return spec;
    }

    @Override
    public final Optional<TranslationEngine> create(EngineSettings settings) {
        return Optional.of(create(new SettingsReader(settings, spec.id())));
    }

    /**
     * Creates the engine from its settings; never touches the network.
     *
     * @throws dev.hanbridge.translate.EngineConfigurationException naming the setting to fix
     */
    protected abstract TranslationEngine create(SettingsReader settings);
}
