package dev.hanbridge.translate.azure;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.http.HttpResult;
import dev.hanbridge.translate.http.Json;
import dev.hanbridge.translate.http.ProviderHttp;
import tools.jackson.databind.JsonNode;

/** HTTP to Azure Translator and its errors. */
final class AzureClient {

    /** The answer is a JSON array whose element type must survive erasure. */
    private static final tools.jackson.core.type.TypeReference<List<AzureMessages.Result>> RESULTS =
            new tools.jackson.core.type.TypeReference<>() {
            };

    private final AzureConfig config;
    private final ProviderHttp http;

    AzureClient(AzureConfig config, ProviderHttp http) {
        this.config = config;
        this.http = http;
    }

    record Answer(List<AzureMessages.Result> results, long meteredCharacters) {
    }

    Answer translate(List<String> texts, String from, String to) {
        StringBuilder query = new StringBuilder("/translate?api-version=3.0&from=").append(enc(from)).append("&to=")
                .append(enc(to));
        if (config.category() != null) {
            query.append("&category=").append(enc(config.category()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Ocp-Apim-Subscription-Key", config.key());
        if (config.region() != null) {
            headers.put("Ocp-Apim-Subscription-Region", config.region());
        }
        headers.put("X-ClientTraceId", UUID.randomUUID().toString());
        HttpResult result = http.post(URI.create(config.baseUrl() + query.toString()), headers,
                "application/json; charset=UTF-8", Json.write(texts.stream().map(AzureMessages.Element::new).toList()));
        if (!result.ok()) {
            JsonNode error = Json.tree(result.body()).path("error");
            String code = error.path("code").asString("");
            // 403001: the free tier's monthly characters are used up; the run cannot go on with this resource.
            if (result.status() == 403 && code.startsWith("403001")) {
                throw new QuotaExceededException(AzureEngineProvider.ID, "Azure Translator's free-tier quota is used "
                        + "up (HTTP 403, code 403001). Move the resource to a paid tier, or finish the run with "
                        + "another engine. Stored translations are kept.");
            }
            String message = error.path("message").asString(null);
            throw http.failure(result, message == null ? null : message + (code.isEmpty() ? "" : " [" + code + "]"),
                    "AZURE_TRANSLATOR_KEY and AZURE_TRANSLATOR_REGION (hanbridge.engines.azure.key / .region)",
                    "AZURE_TRANSLATOR_ENDPOINT or hanbridge.engines.azure.base-url");
        }
        List<AzureMessages.Result> results;
        try {
            results = Json.MAPPER.readValue(result.body(), RESULTS);
        } catch (tools.jackson.core.JacksonException e) {
            throw http.malformed(result, "Azure's JSON");
        }
        if (results == null || results.stream().anyMatch(r -> r == null || r.translations() == null
                || r.translations().isEmpty())) {
            throw http.malformed(result, "Azure's JSON");
        }
        long metered = result.header("X-metered-usage").map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
        return new Answer(results, metered);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
