package dev.hanbridge.translate.deepl;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of {@code POST /v2/translate}. {@code show_billed_characters} makes DeepL report
 * what it billed per text; {@code context} is not billed.
 */
record DeepLRequest(List<String> text, @JsonProperty("source_lang") String sourceLang,
        @JsonProperty("target_lang") String targetLang, String context,
        @JsonProperty("glossary_id") String glossaryId,
        @JsonProperty("show_billed_characters") boolean showBilledCharacters) {
}
