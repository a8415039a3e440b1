package dev.hanbridge.translate;

/**
 * The engine cannot work as configured (missing or rejected credentials, unknown id, bad URL):
 * the run stops with this message, which names the setting to fix.
 */
public class EngineConfigurationException extends TranslationException {

    public EngineConfigurationException(String engine, String message) {
        super(engine, message, null);
    }

    public EngineConfigurationException(String engine, String message, Throwable cause) {
        super(engine, message, cause);
    }
}
