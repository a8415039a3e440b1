package dev.hanbridge.translate;

/**
 * The provider rejected this input and will reject it again (a 4xx other than 401/403/429): the
 * segments are left untranslated and reported, never retried.
 */
public class PermanentTranslationException extends TranslationException {

    public PermanentTranslationException(String engine, String message, Throwable cause) {
        super(engine, message, cause);
    }

    public PermanentTranslationException(String engine, String message) {
        this(engine, message, null);
    }
}
