package dev.hanbridge.translate.libretranslate;

import java.time.Duration;
import java.util.List;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.http.RemoteEngineProvider;
import dev.hanbridge.translate.http.SettingsReader;

/**
 * LibreTranslate, usually self-hosted. Its operator sets the limits ({@code --char-limit},
 * {@code --batch-limit}, {@code --req-limit}); the defaults here are modest and meant to be
 * overridden to match.
 */
public final class LibreTranslateEngineProvider extends RemoteEngineProvider {

    public static final String ID = "libretranslate";
    static final String LOCAL_URL = "http://localhost:5000";
    static final EngineLimits DEFAULTS = new EngineLimits(25, 5000, Integer.MAX_VALUE, 0, 0);
    /** CPU-only servers take seconds per sentence. */
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static final EngineSetting BASE_URL = EngineSetting.of(ID, "base-url", "LIBRETRANSLATE_URL", "server URL",
            LOCAL_URL, false);
    private static final EngineSetting API_KEY = EngineSetting.of(ID, "api-key", "LIBRETRANSLATE_API_KEY",
            "API key, when the server requires one", null, true);

    public LibreTranslateEngineProvider() {
        super(ID, "LibreTranslate server (self-hosted or libretranslate.com)", DEFAULTS, TIMEOUT, BASE_URL, API_KEY);
    }

    @Override
    protected TranslationEngine create(SettingsReader s) {
        String key = s.get(API_KEY).orElse(null);
        LibreTranslateConfig config = new LibreTranslateConfig(s.uri(BASE_URL, LOCAL_URL), key);
        return new LibreTranslateEngine(EngineInfo.of(ID, s.limits(DEFAULTS)), config,
                s.http("LibreTranslate", TIMEOUT, key == null ? List.of() : List.of(key)));
    }
}
