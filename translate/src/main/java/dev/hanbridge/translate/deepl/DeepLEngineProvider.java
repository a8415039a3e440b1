package dev.hanbridge.translate.deepl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.http.RemoteEngineProvider;
import dev.hanbridge.translate.http.SettingsReader;

/**
 * DeepL API v2. A key ending in {@code :fx} is a free-plan key and goes to the free host, as DeepL
 * requires; any other key goes to the Pro host.
 */
public final class DeepLEngineProvider extends RemoteEngineProvider {

    public static final String ID = "deepl";
    static final String PRO_URL = "https://api.deepl.com";
    static final String FREE_URL = "https://api-free.deepl.com";
    /**
     * DeepL takes at most 50 texts and a 128 KiB request body. The texts may use 120 KiB of it: the
     * rest is left for JSON quoting, the context and the other parameters.
     */
    static final EngineLimits DOCUMENTED = new EngineLimits(50, 120 * 1024, 120 * 1024, 10, 0);
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final EngineSetting API_KEY = EngineSetting.of(ID, "api-key", "DEEPL_API_KEY",
            "DeepL authentication key (keys ending :fx use the free host)", null, true);
    private static final EngineSetting BASE_URL = EngineSetting.of(ID, "base-url", "DEEPL_BASE_URL", "API host",
            PRO_URL + " or " + FREE_URL, false);
    private static final EngineSetting TARGET_LANG = EngineSetting.of(ID, "target-lang", "DEEPL_TARGET_LANG",
            "DeepL target language, e.g. EN-GB", "EN-US for en", false);
    private static final EngineSetting GLOSSARY_ID = EngineSetting.of(ID, "glossary-id", "DEEPL_GLOSSARY_ID",
            "id of a DeepL KO->EN glossary", null, false);
    private static final EngineSetting SEND_CONTEXT = EngineSetting.of(ID, "send-context", null,
            "send the article title and neighbouring sentences as context (not billed)", "true", false);

    public DeepLEngineProvider() {
        super(ID, "DeepL API v2 (Pro or Free key); glossary and article context supported", DOCUMENTED, TIMEOUT,
                API_KEY, BASE_URL, TARGET_LANG, GLOSSARY_ID, SEND_CONTEXT);
    }

    @Override
    protected TranslationEngine create(SettingsReader s) {
        String key = s.require(API_KEY, "DeepL API key");
        URI base = s.uri(BASE_URL, key.endsWith(":fx") ? FREE_URL : PRO_URL);
        String target = s.get(TARGET_LANG).map(v -> v.toUpperCase(Locale.ROOT)).orElse(null);
        DeepLConfig config = new DeepLConfig(base, key, target, s.get(GLOSSARY_ID).orElse(null),
                s.flag(SEND_CONTEXT, true));
        EngineInfo info = new EngineInfo(ID, s.limits(DOCUMENTED), null, config.sendContext());
        return new DeepLEngine(info, config, new DeepLClient(config, s.http("DeepL", TIMEOUT,
                List.of(key))));
    }
}
