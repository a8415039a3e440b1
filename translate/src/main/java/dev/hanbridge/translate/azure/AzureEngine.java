package dev.hanbridge.translate.azure;

import java.util.List;
import java.util.Locale;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/** One Azure request per batch; Azure answers one result per element, in order. */
final class AzureEngine implements TranslationEngine {

    private final AzureConfig config;
    private final AzureClient client;

    AzureEngine(AzureConfig config, AzureClient client) {
        this.config = config;
        this.client = client;
    }

    AzureConfig config() {
        return config;
    }

    @Override
    public String id() {
        return AzureEngineProvider.ID;
    }

    @Override
    public EngineLimits limits() {
        return config.limits();
    }

    @Override
    public List<String> translate(TranslationRequest request) {
        return translateWithUsage(request).targets();
    }

    @Override
    public TranslationReply translateWithUsage(TranslationRequest request) {
        // Azure takes BCP 47 tags; plain "en" is its English.
        String to = request.targetLang().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : request.targetLang();
        AzureClient.Answer answer = client.translate(request.texts(), request.sourceLang(), to);
        if (answer.results().size() != request.texts().size()) {
            throw new MisalignedReplyException(id(), "Azure Translator returned " + answer.results().size()
                    + " results for " + request.texts().size() + " texts");
        }
        return new TranslationReply(answer.results().stream().map(r -> r.translations().get(0).text()).toList(),
                answer.meteredCharacters(), 0, 0);
    }
}
