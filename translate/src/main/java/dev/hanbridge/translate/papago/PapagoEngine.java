package dev.hanbridge.translate.papago;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.http.HttpResult;
import dev.hanbridge.translate.http.Json;
import dev.hanbridge.translate.http.ProviderHttp;
import tools.jackson.databind.JsonNode;

/**
 * One Papago request per text (the API takes one). Errors come in two shapes: Papago's own
 * ({@code N2MT01}..., wrong input) and the NAVER Cloud API gateway's, whose 429 codes say
 * {@code 400} quota exceeded (stop), {@code 410} throttle limited and {@code 420} rate limited
 * (back off).
 */
record PapagoEngine(EngineInfo info, PapagoConfig config, ProviderHttp http) implements TranslationEngine {

    @Override
    public TranslationReply translate(TranslationRequest request) {
        // The driver cuts batches to one text; a caller that sends more gets them one by one.
        List<String> out = new ArrayList<>(request.texts().size());
        String target = request.targetLang().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (String text : request.texts()) {
            out.add(one(new PapagoMessages.Request(request.sourceLang(), target, text, config.glossaryKey())));
        }
        return TranslationReply.of(out);
    }

    private String one(PapagoMessages.Request body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-NCP-APIGW-API-KEY-ID", config.clientId());
        headers.put("X-NCP-APIGW-API-KEY", config.clientSecret());
        HttpResult result = http.post(config.endpoint(), headers, "application/json", Json.write(body));
        if (!result.ok()) {
            JsonNode error = Json.tree(result.body()).path("error");
            String code = error.path("errorCode").asString("");
            String message = error.path("message").asString(null);
            if (result.status() == 429 && code.equals("400")) {
                throw new QuotaExceededException(info.id(), "Papago quota is used up (HTTP 429, code 400 Quota "
                        + "Exceeded). Raise the application's quota in the NAVER Cloud console (and check that Papago "
                        + "Translation is selected for it), or finish the run with another engine.");
            }
            if (result.status() == 429) {
                throw new TransientTranslationException(info.id(), "Papago answered HTTP 429 ("
                        + http.scrub("code " + code + (message == null ? "" : " " + message)) + "); will retry.",
                        result.retryAfter().orElse(null), null);
            }
            throw http.failure(result, message == null ? null : message + (code.isEmpty() ? "" : " [" + code + "]"),
                    "PAPAGO_CLIENT_ID and PAPAGO_CLIENT_SECRET (hanbridge.engines.papago.client-id / .client-secret)",
                    "PAPAGO_BASE_URL or hanbridge.engines.papago.base-url");
        }
        return Json.read(result.body(), PapagoMessages.Response.class)
                .map(PapagoMessages.Response::message).map(PapagoMessages.Message::result)
                .map(PapagoMessages.Result::translatedText)
                .orElseThrow(() -> http.malformed(result, "Papago's JSON"));
    }
}
