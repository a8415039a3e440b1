package dev.hanbridge.translate.libretranslate;

import java.time.Duration;
import java.util.List;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;
import dev.hanbridge.translate.http.SettingsReader;

/**
 * LibreTranslate, usually self-hosted. Its operator sets the limits ({@code --char-limit},
 * {@code --batch-limit}, {@code --req-limit}); the defaults here are modest and meant to be
 * overridden to match.
 */
public final class LibreTranslateEngineProvider implements TranslationEngineProvider {

    public static final String ID = "libretranslate";
    static final String LOCAL_URL = "http://localhost:5000";
    static final EngineLimits DEFAULTS = new EngineLimits(25, 5000, Integer.MAX_VALUE, 0, 0);
    /** CPU-only servers take seconds per sentence. */
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static final EngineSetting BASE_URL = EngineSetting.of(ID, "base-url", "LIBRETRANSLATE_URL", "server URL",
            LOCAL_URL, false);
    private static final EngineSetting API_KEY = EngineSetting.of(ID, "api-key", "LIBRETRANSLATE_API_KEY",
            "API key, when the server requires one", null, true);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "LibreTranslate server (self-hosted or libretranslate.com)";
    }

    @Override
    public TranslationEngine create(EngineSettings settings) {
        SettingsReader s = new SettingsReader(settings, ID);
        String key = s.get(API_KEY).orElse(null);
        LibreTranslateConfig config = new LibreTranslateConfig(s.uri(BASE_URL, LOCAL_URL), key, s.limits(DEFAULTS));
        return new LibreTranslateEngine(config,
                s.http("LibreTranslate", TIMEOUT, key == null ? List.of() : List.of(key)));
    }

    @Override
    public List<EngineSetting> settings() {
        return SettingsReader.withCommon(List.of(BASE_URL, API_KEY), ID, DEFAULTS, TIMEOUT);
    }

    @Override
    public EngineLimits defaultLimits() {
        return DEFAULTS;
    }
}
