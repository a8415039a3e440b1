package dev.hanbridge.translate.libretranslate;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code /translate} in and out; with {@code q} an array, {@code translatedText} is one too. */
final class LibreTranslateMessages {

    private LibreTranslateMessages() {
    }

    record Request(List<String> q, String source, String target, String format,
            @JsonProperty("api_key") String apiKey) {
    }

    record Response(List<String> translatedText) {
    }
}
