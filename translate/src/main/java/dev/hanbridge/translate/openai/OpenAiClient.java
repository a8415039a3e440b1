package dev.hanbridge.translate.openai;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.http.HttpResult;
import dev.hanbridge.translate.http.Json;
import dev.hanbridge.translate.http.ProviderHttp;
import tools.jackson.databind.JsonNode;

/** HTTP to a chat-completions server and its errors. */
final class OpenAiClient {

    private final OpenAiConfig config;
    private final ProviderHttp http;
    private final URI endpoint;

    OpenAiClient(OpenAiConfig config, ProviderHttp http) {
        this.config = config;
        this.http = http;
        this.endpoint = URI.create(config.baseUrl() + "/chat/completions");
    }

    ChatMessages.Response complete(ChatMessages.Request request) {
        Map<String, String> headers = new HashMap<>();
        if (config.apiKey() != null) {
            headers.put("Authorization", "Bearer " + config.apiKey());
        }
        HttpResult result = http.post(endpoint, headers, "application/json", Json.write(request));
        if (!result.ok()) {
            JsonNode error = Json.tree(result.body()).path("error");
            // OpenAI nests {message, type, code}; Ollama and llama.cpp sometimes answer {"error": "text"}.
            String message = error.isString() ? error.asString() : error.path("message").asString(null);
            String code = error.path("code").asString("");
            if (result.status() == 429 && (code.equals("insufficient_quota") || error.path("type").asString("")
                    .equals("insufficient_quota"))) {
                throw new QuotaExceededException(OpenAiEngineProvider.ID, "The API account has no quota left (HTTP 429 "
                        + "insufficient_quota). Add credit or raise the limit with the provider, or finish the run "
                        + "with another engine. Stored translations are kept.");
            }
            if (result.status() == 400 && message != null && message.contains("response_format")) {
                throw new EngineConfigurationException(OpenAiEngineProvider.ID, "The server does not accept JSON mode "
                        + "(HTTP 400 about response_format). Set OPENAI_JSON_MODE=false or "
                        + "hanbridge.engines.openai.json-mode=false.");
            }
            throw http.failure(result, message == null ? null : message + (code.isEmpty() ? "" : " [" + code + "]"),
                    "OPENAI_API_KEY or hanbridge.engines.openai.api-key",
                    "OPENAI_MODEL (is the model pulled or available?) and OPENAI_BASE_URL (it ends in /v1)");
        }
        return Json.read(result.body(), ChatMessages.Response.class)
                .filter(r -> r.choices() != null && !r.choices().isEmpty() && r.choices().get(0).message() != null)
                .orElseThrow(() -> http.malformed(result, "a chat completion"));
    }
}
