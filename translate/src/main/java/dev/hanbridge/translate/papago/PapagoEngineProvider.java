package dev.hanbridge.translate.papago;

import java.time.Duration;
import java.util.List;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.http.RemoteEngineProvider;
import dev.hanbridge.translate.http.SettingsReader;

/** NAVER Cloud Papago Text Translation: one text per request, up to 5,000 characters. */
public final class PapagoEngineProvider extends RemoteEngineProvider {

    public static final String ID = "papago";
    static final String BASE_URL = "https://papago.apigw.ntruss.com";
    static final EngineLimits DOCUMENTED = new EngineLimits(1, 5000, Integer.MAX_VALUE, 10, 0);
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final EngineSetting CLIENT_ID = EngineSetting.of(ID, "client-id", "PAPAGO_CLIENT_ID",
            "NAVER Cloud application Client ID", null, true);
    private static final EngineSetting CLIENT_SECRET = EngineSetting.of(ID, "client-secret", "PAPAGO_CLIENT_SECRET",
            "NAVER Cloud application Client Secret", null, true);
    private static final EngineSetting BASE_URL_SETTING = EngineSetting.of(ID, "base-url", "PAPAGO_BASE_URL",
            "API gateway host", BASE_URL, false);
    private static final EngineSetting GLOSSARY_KEY = EngineSetting.of(ID, "glossary-key", "PAPAGO_GLOSSARY_KEY",
            "Papago glossary key", null, false);

    public PapagoEngineProvider() {
        super(ID, "NAVER Cloud Papago Text Translation (one sentence per request); glossary supported", DOCUMENTED,
                TIMEOUT, CLIENT_ID, CLIENT_SECRET, BASE_URL_SETTING, GLOSSARY_KEY);
    }

    @Override
    protected TranslationEngine create(SettingsReader s) {
        String id = s.require(CLIENT_ID, "Papago client id");
        String secret = s.require(CLIENT_SECRET, "Papago client secret");
        PapagoConfig config = new PapagoConfig(s.uri(BASE_URL_SETTING, BASE_URL), id, secret,
                s.get(GLOSSARY_KEY).orElse(null));
        return new PapagoEngine(EngineInfo.of(ID, s.limits(DOCUMENTED)), config,
                s.http("Papago", TIMEOUT, List.of(id, secret)));
    }
}
