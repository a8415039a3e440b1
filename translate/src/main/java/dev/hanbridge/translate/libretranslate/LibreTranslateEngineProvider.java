package dev.hanbridge.translate.libretranslate;

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
        String key = s.get("api-key", "LIBRETRANSLATE_API_KEY").orElse(null);
        LibreTranslateConfig config = new LibreTranslateConfig(s.uri("base-url", "LIBRETRANSLATE_URL", LOCAL_URL), key,
                s.limits(DEFAULTS));
        return new LibreTranslateEngine(config,
                s.http("LibreTranslate", TIMEOUT, key == null ? List.of() : List.of(key)));
    }

    @Override
    public List<EngineSetting> settings() {
        String p = "hanbridge.engines.libretranslate.";
        List<EngineSetting> list = new ArrayList<>(List.of(
                new EngineSetting(p + "base-url", "LIBRETRANSLATE_URL", "server URL", LOCAL_URL, false),
                new EngineSetting(p + "api-key", "LIBRETRANSLATE_API_KEY", "API key, when the server requires one",
                        null, true)));
        list.addAll(SettingsReader.common(ID, DEFAULTS, TIMEOUT));
        return list;
    }

    @Override
    public EngineLimits defaultLimits() {
        return DEFAULTS;
    }
}
