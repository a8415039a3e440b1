package dev.hanbridge.translate;

/**
 * Why an engine could not translate. The subclass decides what the step does: retry, skip the
 * input, or stop the run. Messages name the engine, the HTTP status and what to do; never the key
 * and never the whole text.
 */
public abstract class TranslationException extends RuntimeException {

    private final String engine;

    protected TranslationException(String engine, String message, Throwable cause) {
        super(message, cause);
        this.engine = engine;
    }

    /** Id of the engine that failed. */
    public String engine() {
        return engine;
    }
}
