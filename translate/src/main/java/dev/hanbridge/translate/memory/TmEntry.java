package dev.hanbridge.translate.memory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.hanbridge.common.TranslationOrigin;

/**
 * One source/target pair read from a TMX or XLIFF file, with what the file says about it. Texts are as
 * the file holds them, inline markup removed (tags of the original document, not text); normalise
 * them with {@link dev.hanbridge.common.text.KoreanText#normalize} before hashing.
 *
 * @param sourceLang the language tag as written in the file, e.g. {@code ko-KR}
 * @param targetLang the language tag as written in the file, e.g. {@code en-US}
 * @param reviewed a person confirmed the target: XLIFF {@code state="final"} or {@code reviewed}
 *     (2.x), {@code approved="yes"} or {@code state="final"}/{@code signed-off} (1.2); every unit of a
 *     CAT tool's TMX, since tools put confirmed translations in their memories, except a hanbridge TMX
 *     unit that records a machine origin
 * @param origin the origin hanbridge recorded when it exported the file ({@code x-hanbridge-origin},
 *     the {@code origin} meta), or {@code null} when the file records none
 * @param original the document the pair belongs to: XLIFF {@code file/@original}, or the
 *     {@code x-hanbridge-source-uri} prop of our TMX; {@code null} when unknown
 * @param id the unit's id in the file: XLIFF segment or trans-unit id, TMX {@code tuid}; may be
 *     {@code null} in TMX
 * @param properties the rest, as each reader documents (props, dates, authors, metadata, notes)
 */
public record TmEntry(String source, String target, String sourceLang, String targetLang, boolean reviewed,
        TranslationOrigin origin, String original, String id, Map<String, String> properties) {

    public TmEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties)); // in file order
    }
}
