package dev.hanbridge.common;

/** Where an article stands in the job. */
public enum ArticleStatus {
    /** Extracted and segmented; no translation step has finished on it yet. */
    INGESTED,
    /** The translate step has finished on it (segments the engine could not translate stay untranslated). */
    TRANSLATED,
    /** Every requested export of it has been written. */
    EXPORTED,
    /** The source could not be read; {@code failure_reason} says why. */
    FAILED
}
