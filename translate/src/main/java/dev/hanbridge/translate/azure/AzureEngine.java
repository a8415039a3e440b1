package dev.hanbridge.translate.azure;

import java.util.Locale;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/** One Azure request per batch; Azure answers one result per element, in order. */
record AzureEngine(EngineInfo info, AzureConfig config, AzureClient client) implements TranslationEngine {

    @Override
    public TranslationReply translate(TranslationRequest request) {
        // Azure takes BCP 47 tags; plain "en" is its English.
        String to = request.targetLang().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : request.targetLang();
        AzureClient.Answer answer = client.translate(request.texts(), request.sourceLang(), to);
        return new TranslationReply(answer.results().stream().map(r -> r.translations().get(0).text()).toList(),
                answer.meteredCharacters(), 0, 0);
    }
}
