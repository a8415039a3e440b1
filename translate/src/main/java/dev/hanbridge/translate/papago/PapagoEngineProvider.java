package dev.hanbridge.translate.papago;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;
import dev.hanbridge.translate.http.SettingsReader;

/** NAVER Cloud Papago Text Translation: one text per request, up to 5,000 characters. */
public final class PapagoEngineProvider implements TranslationEngineProvider {

    public static final String ID = "papago";
    static final String BASE_URL = "https://papago.apigw.ntruss.com";
    static final EngineLimits DOCUMENTED = new EngineLimits(1, 5000, Integer.MAX_VALUE, 10, 0);
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "NAVER Cloud Papago Text Translation (one sentence per request); glossary supported";
    }

    @Override
    public TranslationEngine create(EngineSettings settings) {
        SettingsReader s = new SettingsReader(settings, ID);
        String id = s.require("client-id", "PAPAGO_CLIENT_ID", "Papago client id");
        String secret = s.require("client-secret", "PAPAGO_CLIENT_SECRET", "Papago client secret");
        PapagoConfig config = new PapagoConfig(s.uri("base-url", "PAPAGO_BASE_URL", BASE_URL), id, secret,
                s.get("glossary-key", "PAPAGO_GLOSSARY_KEY").orElse(null), s.limits(DOCUMENTED));
        return new PapagoEngine(config, s.http("Papago", TIMEOUT, List.of(id, secret)));
    }

    @Override
    public List<EngineSetting> settings() {
        String p = "hanbridge.engines.papago.";
        List<EngineSetting> list = new ArrayList<>(List.of(
                new EngineSetting(p + "client-id", "PAPAGO_CLIENT_ID", "NAVER Cloud application Client ID", null, true),
                new EngineSetting(p + "client-secret", "PAPAGO_CLIENT_SECRET", "NAVER Cloud application Client Secret",
                        null, true),
                new EngineSetting(p + "base-url", "PAPAGO_BASE_URL", "API gateway host", BASE_URL, false),
                new EngineSetting(p + "glossary-key", "PAPAGO_GLOSSARY_KEY", "Papago glossary key", null, false)));
        list.addAll(SettingsReader.common(ID, DOCUMENTED, TIMEOUT));
        return list;
    }

    @Override
    public EngineLimits defaultLimits() {
        return DOCUMENTED;
    }
}
