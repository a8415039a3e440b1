package dev.hanbridge.translate;

/** The account's quota is used up (e.g. DeepL's HTTP 456): the run stops, stored translations stay. */
public class QuotaExceededException extends TranslationException {

    public QuotaExceededException(String engine, String message) {
        super(engine, message, null);
    }
}
