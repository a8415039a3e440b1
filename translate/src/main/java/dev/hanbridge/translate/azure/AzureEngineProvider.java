package dev.hanbridge.translate.azure;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.http.RemoteEngineProvider;
import dev.hanbridge.translate.http.SettingsReader;

/**
 * Azure Translator v3. The region header is needed for regional and multi-service resources and
 * left out for a global Translator resource.
 */
public final class AzureEngineProvider extends RemoteEngineProvider {

    public static final String ID = "azure";
    static final String GLOBAL_URL = "https://api.cognitive.microsofttranslator.com";
    /** 1,000 array elements and 50,000 characters per request, spaces included. */
    static final EngineLimits DOCUMENTED = new EngineLimits(1000, 50_000, Integer.MAX_VALUE, 10, 0);
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final EngineSetting KEY = EngineSetting.of(ID, "key", "AZURE_TRANSLATOR_KEY",
            "Translator resource key", null, true);
    private static final EngineSetting REGION = EngineSetting.of(ID, "region", "AZURE_TRANSLATOR_REGION",
            "resource region, e.g. koreacentral (not for a global resource)", null, false);
    private static final EngineSetting BASE_URL = EngineSetting.of(ID, "base-url", "AZURE_TRANSLATOR_ENDPOINT",
            "Translator endpoint", GLOBAL_URL, false);
    private static final EngineSetting CATEGORY = EngineSetting.of(ID, "category", "AZURE_TRANSLATOR_CATEGORY",
            "Custom Translator category id", null, false);

    public AzureEngineProvider() {
        super(ID, "Microsoft Azure AI Translator, Text Translation v3", DOCUMENTED, TIMEOUT, KEY, REGION, BASE_URL,
                CATEGORY);
    }

    @Override
    protected TranslationEngine create(SettingsReader s) {
        String key = s.require(KEY, "Azure Translator key");
        URI base = s.uri(BASE_URL, GLOBAL_URL);
        AzureConfig config = new AzureConfig(base, key, s.get(REGION).orElse(null), s.get(CATEGORY).orElse(null));
        return new AzureEngine(EngineInfo.of(ID, s.limits(DOCUMENTED)), config,
                new AzureClient(config, s.http("Azure Translator", TIMEOUT, List.of(key))));
    }
}
