package dev.hanbridge.translate.deepl;

import java.net.URI;
import java.util.Map;

import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.http.HttpResult;
import dev.hanbridge.translate.http.Json;
import dev.hanbridge.translate.http.ProviderHttp;

/** HTTP to DeepL and DeepL's errors; knows nothing of articles. */
final class DeepLClient {

    private final ProviderHttp http;
    private final URI endpoint;
    private final String authorization;

    DeepLClient(DeepLConfig config, ProviderHttp http) {
        this.http = http;
        this.endpoint = URI.create(config.baseUrl() + "/v2/translate");
        this.authorization = "DeepL-Auth-Key " + config.apiKey();
    }

    DeepLResponse translate(DeepLRequest request) {
        HttpResult result = http.post(endpoint, Map.of("Authorization", authorization), "application/json",
                Json.write(request));
        if (result.status() == 456) {
            throw new QuotaExceededException(DeepLEngineProvider.ID, "DeepL character quota is used up (HTTP 456). "
                    + "Raise the plan's limit in the DeepL account, or finish the run with another engine "
                    + "(hanbridge restart --engine ...). Stored translations are kept.");
        }
        if (!result.ok()) {
            String message = Json.tree(result.body()).path("message").asString(null);
            throw http.failure(result, message, "DEEPL_API_KEY or hanbridge.engines.deepl.api-key (a free key ends "
                    + "with :fx and needs the free host)", "DEEPL_BASE_URL or hanbridge.engines.deepl.base-url");
        }
        DeepLResponse response = Json.read(result.body(), DeepLResponse.class)
                .filter(r -> r.translations() != null).orElseThrow(() -> http.malformed(result, "DeepL's JSON"));
        return response;
    }
}
