package dev.hanbridge.translate.google;

import java.util.List;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/**
 * Sends segments as plain text (the API's default is HTML, which would eat {@code <} and
 * {@code &}); with a glossary, takes the glossary translations.
 */
final class GoogleEngine implements TranslationEngine {

    private final GoogleConfig config;
    private final GoogleClient client;

    GoogleEngine(GoogleConfig config, GoogleClient client) {
        this.config = config;
        this.client = client;
    }

    GoogleConfig config() {
        return config;
    }

    @Override
    public String id() {
        return GoogleEngineProvider.ID;
    }

    @Override
    public EngineLimits limits() {
        return config.limits();
    }

    @Override
    public String model() {
        return config.model();
    }

    @Override
    public List<String> translate(TranslationRequest request) {
        return translateWithUsage(request).targets();
    }

    @Override
    public TranslationReply translateWithUsage(TranslationRequest request) {
        String model = config.model() == null ? null
                : config.model().startsWith("projects/") ? config.model() : config.parent() + "/models/" + config.model();
        GoogleMessages.GlossaryConfig glossary = config.glossary() == null ? null
                : new GoogleMessages.GlossaryConfig(config.glossary().startsWith("projects/") ? config.glossary()
                        : config.parent() + "/glossaries/" + config.glossary());
        GoogleMessages.Response response = client.translate(new GoogleMessages.Request(request.texts(), "text/plain",
                request.sourceLang(), request.targetLang(), model, glossary));
        List<GoogleMessages.Translation> list = glossary != null && response.glossaryTranslations() != null
                ? response.glossaryTranslations() : response.translations();
        if (list.size() != request.texts().size() || list.stream().anyMatch(t -> t.translatedText() == null)) {
            throw new MisalignedReplyException(id(), "Google returned " + list.size() + " translations for "
                    + request.texts().size() + " texts");
        }
        return TranslationReply.of(list.stream().map(GoogleMessages.Translation::translatedText).toList());
    }
}
