package dev.hanbridge.translate;

/**
 * One setting an engine reads: what {@code hanbridge engines} lists and what the engine's provider
 * reads, declared once.
 *
 * @param key the configuration key, e.g. {@code hanbridge.engines.deepl.api-key}
 * @param envVar the environment variable that sets it too, or {@code null}
 * @param description what it does
 * @param defaultValue what applies when it is not set, or {@code null}
 * @param secret true for keys and tokens: their value is never shown
 */
public record EngineSetting(String key, String envVar, String description, String defaultValue, boolean secret) {

    /** The setting {@code hanbridge.engines.<engine>.<name>}. */
    public static EngineSetting of(String engine, String name, String envVar, String description, String defaultValue,
            boolean secret) {
        return new EngineSetting("hanbridge.engines." + engine + "." + name, envVar, description, defaultValue, secret);
    }
}
