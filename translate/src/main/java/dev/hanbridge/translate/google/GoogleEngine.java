package dev.hanbridge.translate.google;

import java.util.List;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/**
 * Sends segments as plain text (the API's default is HTML, which would eat {@code <} and
 * {@code &}); with a glossary, takes the glossary translations.
 */
record GoogleEngine(EngineInfo info, GoogleConfig config, GoogleClient client) implements TranslationEngine {

    @Override
    public TranslationReply translate(TranslationRequest request) {
        String model = config.model() == null ? null
                : config.model().startsWith("projects/") ? config.model() : config.parent() + "/models/" + config.model();
        GoogleMessages.GlossaryConfig glossary = config.glossary() == null ? null
                : new GoogleMessages.GlossaryConfig(config.glossary().startsWith("projects/") ? config.glossary()
                        : config.parent() + "/glossaries/" + config.glossary());
        GoogleMessages.Response response = client.translate(new GoogleMessages.Request(request.texts(), "text/plain",
                request.sourceLang(), request.targetLang(), model, glossary));
        List<GoogleMessages.Translation> list = glossary != null && response.glossaryTranslations() != null
                ? response.glossaryTranslations() : response.translations();
        return TranslationReply.of(list.stream().map(GoogleMessages.Translation::translatedText).toList());
    }
}
