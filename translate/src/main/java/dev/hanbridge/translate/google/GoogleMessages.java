package dev.hanbridge.translate.google;

import java.util.List;

/** TranslateTextRequest and TranslateTextResponse of Cloud Translation v3, as JSON. */
final class GoogleMessages {

    private GoogleMessages() {
    }

    record Request(List<String> contents, String mimeType, String sourceLanguageCode, String targetLanguageCode,
            String model, GlossaryConfig glossaryConfig) {
    }

    record GlossaryConfig(String glossary) {
    }

    record Response(List<Translation> translations, List<Translation> glossaryTranslations) {
    }

    record Translation(String translatedText, String model) {
    }
}
