package dev.hanbridge.translate.openai;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.TranslationException;
import dev.hanbridge.translate.http.HttpResult;
import dev.hanbridge.translate.http.Json;
import dev.hanbridge.translate.http.ProviderHttp;

/** HTTP to a chat-completions server and its errors. */
final class OpenAiClient {

    static final String CREDENTIALS = "OPENAI_API_KEY or hanbridge.engines.openai.api-key";
    static final String ENDPOINT = "OPENAI_MODEL (is the model pulled or available?) and OPENAI_BASE_URL (it ends in /v1)";

    private final OpenAiConfig config;
    private final ProviderHttp http;
    private final URI endpoint;

    OpenAiClient(OpenAiConfig config, ProviderHttp http) {
        this.config = config;
        this.http = http;
        this.endpoint = URI.create(config.baseUrl() + "/chat/completions");
    }

    /** A 400 or 422: the server refused the request as it was; the engine decides what that means. */
    static final class Refused extends RuntimeException {

        final transient Refusal refusal;
        final transient HttpResult result;

        Refused(Refusal refusal, HttpResult result) {
            super(refusal.said(), null, false, false);
            this.refusal = refusal;
            this.result = result;
        }
    }

    /**
     * @throws Refused for HTTP 400 and 422
     * @throws TranslationException for every other failure, by the shared mapping
     */
    ChatMessages.Response complete(String body, Duration timeout) {
        Map<String, String> headers = new HashMap<>();
        if (config.apiKey() != null) {
            headers.put("Authorization", "Bearer " + config.apiKey());
        }
        HttpResult result = http.post(endpoint, headers, "application/json", body, timeout);
        if (!result.ok()) {
            Refusal refusal = Refusal.of(result.status(), result.body());
            if (result.status() == 429 && ("insufficient_quota".equals(refusal.code())
                    || Json.tree(result.body()).path("error").path("type").asString("").equals("insufficient_quota"))) {
                throw new QuotaExceededException(OpenAiEngineProvider.ID, "The API account has no quota left (HTTP 429 "
                        + "insufficient_quota). Add credit or raise the limit with the provider, or finish the run "
                        + "with another engine. Stored translations are kept.");
            }
            if (refusal.modelNotFound() && result.status() != 404) {
                throw new EngineConfigurationException(OpenAiEngineProvider.ID, http.label() + " does not know the"
                        + " model '" + config.model() + "' (HTTP " + result.status() + " model_not_found). Check "
                        + ENDPOINT + ".");
            }
            if (result.status() == 400 || result.status() == 422) {
                throw new Refused(refusal, result);
            }
            throw failure(refusal, result);
        }
        return Json.read(result.body(), ChatMessages.Response.class)
                .filter(r -> r.choices() != null && !r.choices().isEmpty() && r.choices().get(0).message() != null)
                .orElseThrow(() -> http.malformed(result, "a chat completion"));
    }

    /** The exception the shared mapping gives the answer: a 400 rejects this input for good. */
    TranslationException failure(Refusal refusal, HttpResult result) {
        return http.failure(result, refusal.message() == null ? null : refusal.said(), CREDENTIALS, ENDPOINT);
    }

    /** {@code text} with the key taken out and cut to a readable length. */
    String scrub(String text) {
        return http.scrub(text);
    }

    /** What the server is called in messages, e.g. {@code "OpenAI-compatible server api.openai.com"}. */
    String label() {
        return http.label();
    }

    /** The request timeout configured for the engine, or its default. */
    Duration requestTimeout() {
        return http.requestTimeout();
    }
}
