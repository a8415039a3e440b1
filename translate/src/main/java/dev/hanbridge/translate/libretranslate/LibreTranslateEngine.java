package dev.hanbridge.translate.libretranslate;

import java.util.Locale;
import java.util.Map;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.http.HttpResult;
import dev.hanbridge.translate.http.Json;
import dev.hanbridge.translate.http.ProviderHttp;

/** One {@code /translate} call per batch. Small enough that request mapping and HTTP share a class. */
record LibreTranslateEngine(EngineInfo info, LibreTranslateConfig config, ProviderHttp http)
        implements TranslationEngine {

    @Override
    public TranslationReply translate(TranslationRequest request) {
        // LibreTranslate's language codes are ISO 639-1: "en", not "en-US".
        String target = request.targetLang().toLowerCase(Locale.ROOT).split("[-_]")[0];
        var body = new LibreTranslateMessages.Request(request.texts(), request.sourceLang(), target, "text",
                config.apiKey());
        HttpResult result = http.post(config.endpoint(), Map.of(), "application/json", Json.write(body));
        if (!result.ok()) {
            // LibreTranslate answers 403 both for a missing/invalid key and for a banned client.
            throw http.failure(result, Json.tree(result.body()).path("error").asString(null),
                    "LIBRETRANSLATE_API_KEY or hanbridge.engines.libretranslate.api-key",
                    "LIBRETRANSLATE_URL or hanbridge.engines.libretranslate.base-url");
        }
        var response = Json.read(result.body(), LibreTranslateMessages.Response.class)
                .filter(r -> r.translatedText() != null)
                .orElseThrow(() -> http.malformed(result, "LibreTranslate's JSON with translatedText as an array"));
        return TranslationReply.of(response.translatedText());
    }
}
