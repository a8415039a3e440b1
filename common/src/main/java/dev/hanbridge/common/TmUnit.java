package dev.hanbridge.common;

import java.time.Instant;

/**
 * One translation-memory unit: a Korean sentence and its translation into one target language.
 *
 * @param id the unit's number in the memory
 * @param engine the engine of a machine translation, otherwise {@code null}
 * @param changedBy who changed it last, when a file brought by a person says (a TMX {@code changeid}),
 *     otherwise {@code null}
 * @param changedAt when it was last changed: the file's date for an imported unit, else the time it
 *     was stored
 * @param importedFrom the name of the file it was imported from, {@code null} for one a run stored
 * @param lastUsedAt when a run last reused it, {@code null} if never
 */
public record TmUnit(long id, String sourceText, String targetText, String targetLang, TranslationOrigin origin,
        String engine, int usageCount, Instant createdAt, Instant changedAt, String changedBy, String importedFrom,
        Instant lastUsedAt) {
}
