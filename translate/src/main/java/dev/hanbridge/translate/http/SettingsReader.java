package dev.hanbridge.translate.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.EngineSpec;

/**
 * Reads one engine's settings: {@code hanbridge.engines.<id>.<name>} first, then the documented
 * environment variable (e.g. {@code DEEPL_API_KEY}). Wrong values stop at creation with a message
 * naming the key, never mid-run.
 */
public final class SettingsReader {

    private final EngineSettings settings;
    private final String engine;

    public SettingsReader(EngineSettings settings, String engine) {
        this.settings = settings;
        this.engine = engine;
    }

    private String key(String name) {
        return "hanbridge.engines." + engine + "." + name;
    }

    /** How to name the setting in a message: {@code "DEEPL_API_KEY or hanbridge.engines.deepl.api-key"}. */
    public static String names(EngineSetting setting) {
        return setting.envVar() == null ? setting.key() : setting.envVar() + " or " + setting.key();
    }

    /** The setting's value: its key first, then its environment variable; blank counts as unset. */
    public Optional<String> get(EngineSetting setting) {
        return get(setting.key(), setting.envVar());
    }

    private Optional<String> get(String key, String envVar) {
        Optional<String> v = settings.get(key).filter(s -> !s.isBlank());
        if (v.isEmpty() && envVar != null) {
            v = settings.get(envVar).filter(s -> !s.isBlank());
        }
        return v.map(String::strip);
    }

    public String require(EngineSetting setting, String what) {
        return get(setting).orElseThrow(() -> new EngineConfigurationException(engine,
                what + " is missing. Set " + names(setting) + "."));
    }

    public URI uri(EngineSetting setting, String defaultValue) {
        String value = get(setting).orElse(defaultValue);
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new URISyntaxException(value, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new EngineConfigurationException(engine, names(setting) + " is not an http(s) URL: '" + value
                    + "'.");
        }
    }

    public Duration duration(String name, Duration defaultValue) {
        Optional<String> v = get(key(name), null);
        if (v.isEmpty()) {
            return defaultValue;
        }
        String s = v.get().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("pt")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).strip()));
            }
            if (s.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1).strip()) * 1000));
            }
            if (s.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1).strip()));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new EngineConfigurationException(engine, key(name) + " is not a duration: '" + v.get()
                    + "' (write e.g. 10s or 500ms).");
        }
    }

    public double number(String name, double defaultValue) {
        Optional<String> v = get(key(name), null);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            double d = Double.parseDouble(v.get());
            if (d < 0 || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new EngineConfigurationException(engine, key(name) + " must be a number of zero or more, not '"
                    + v.get() + "'.");
        }
    }

    public boolean flag(EngineSetting setting, boolean defaultValue) {
        return get(setting).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new EngineConfigurationException(engine, names(setting)
                    + " must be true or false, not '" + v + "'.");
        }).orElse(defaultValue);
    }

    /** The documented limits, each overridable: max-segments, max-chars, max-bytes, requests-per-second, chars-per-minute. */
    public EngineLimits limits(EngineLimits documented) {
        int segments = (int) Math.min(Integer.MAX_VALUE, number("max-segments", documented.maxSegments()));
        int chars = (int) Math.min(Integer.MAX_VALUE, number("max-chars", documented.maxChars()));
        int bytes = (int) Math.min(Integer.MAX_VALUE, number("max-bytes", documented.maxBytes()));
        double rps = number("requests-per-second", documented.requestsPerSecond());
        long cpm = (long) number("chars-per-minute", documented.charsPerMinute());
        try {
            return new EngineLimits(segments, chars, bytes, rps, cpm);
        } catch (IllegalArgumentException e) {
            throw new EngineConfigurationException(engine, "the limits in hanbridge.engines." + engine
                    + ".max-* must be 1 or more.");
        }
    }

    /** An HTTP client with this engine's connect-timeout and request-timeout settings. */
    public ProviderHttp http(String label, Duration requestTimeoutDefault, List<String> secrets) {
        return new ProviderHttp(engine, label, duration("connect-timeout", Duration.ofSeconds(10)),
                duration("request-timeout", requestTimeoutDefault), secrets);
    }

    /**
     * What a remote engine's provider declares: its own settings followed by those every remote
     * engine reads (timeouts and limit overrides), and its documented limits.
     */
    static EngineSpec spec(String engine, String description, EngineLimits documented, Duration requestTimeout,
            EngineSetting... own) {
        String p = "hanbridge.engines." + engine + ".";
        List<EngineSetting> s = new ArrayList<>(List.of(own));
        s.add(new EngineSetting(p + "connect-timeout", null, "time to open a connection", "10s", false));
        s.add(new EngineSetting(p + "request-timeout", null, "time to wait for one answer",
                requestTimeout.toSeconds() + "s", false));
        s.add(new EngineSetting(p + "max-segments", null, "texts per request", Integer.toString(documented.maxSegments()),
                false));
        s.add(new EngineSetting(p + "max-chars", null, "characters per request", Integer.toString(documented.maxChars()),
                false));
        s.add(new EngineSetting(p + "max-bytes", null, "UTF-8 bytes of text per request",
                Integer.toString(documented.maxBytes()), false));
        s.add(new EngineSetting(p + "requests-per-second", null, "request rate (0 = no limit)",
                Double.toString(documented.requestsPerSecond()), false));
        s.add(new EngineSetting(p + "chars-per-minute", null, "character rate (0 = no limit)",
                Long.toString(documented.charsPerMinute()), false));
        return new EngineSpec(engine, description, s, documented);
    }
}
