package dev.hanbridge.translate.azure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;
import dev.hanbridge.translate.http.SettingsReader;

/**
 * Azure Translator v3. The region header is needed for regional and multi-service resources and
 * left out for a global Translator resource.
 */
public final class AzureEngineProvider implements TranslationEngineProvider {

    public static final String ID = "azure";
    static final String GLOBAL_URL = "https://api.cognitive.microsofttranslator.com";
    /** 1,000 array elements and 50,000 characters per request, spaces included. */
    static final EngineLimits DOCUMENTED = new EngineLimits(1000, 50_000, Integer.MAX_VALUE, 10, 0);
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Microsoft Azure AI Translator, Text Translation v3";
    }

    @Override
    public TranslationEngine create(EngineSettings settings) {
        SettingsReader s = new SettingsReader(settings, ID);
        String key = s.require("key", "AZURE_TRANSLATOR_KEY", "Azure Translator key");
        URI base = s.uri("base-url", "AZURE_TRANSLATOR_ENDPOINT", GLOBAL_URL);
        AzureConfig config = new AzureConfig(base, key, s.get("region", "AZURE_TRANSLATOR_REGION").orElse(null),
                s.get("category", "AZURE_TRANSLATOR_CATEGORY").orElse(null), s.limits(DOCUMENTED));
        return new AzureEngine(config, new AzureClient(config, s.http("Azure Translator", TIMEOUT, List.of(key))));
    }

    @Override
    public List<EngineSetting> settings() {
        String p = "hanbridge.engines.azure.";
        List<EngineSetting> list = new ArrayList<>(List.of(
                new EngineSetting(p + "key", "AZURE_TRANSLATOR_KEY", "Translator resource key", null, true),
                new EngineSetting(p + "region", "AZURE_TRANSLATOR_REGION",
                        "resource region, e.g. koreacentral (not for a global resource)", null, false),
                new EngineSetting(p + "base-url", "AZURE_TRANSLATOR_ENDPOINT", "Translator endpoint", GLOBAL_URL, false),
                new EngineSetting(p + "category", "AZURE_TRANSLATOR_CATEGORY", "Custom Translator category id", null,
                        false)));
        list.addAll(SettingsReader.common(ID, DOCUMENTED, TIMEOUT));
        return list;
    }

    @Override
    public EngineLimits defaultLimits() {
        return DOCUMENTED;
    }
}
