package dev.hanbridge.translate.deepl;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** DeepL's answer: one translation per text, in order. */
record DeepLResponse(List<Translation> translations) {

    record Translation(@JsonProperty("detected_source_language") String detectedSourceLanguage, String text,
            @JsonProperty("billed_characters") Long billedCharacters) {
    }
}
