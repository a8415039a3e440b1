package dev.hanbridge.translate.google;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.http.HttpResult;
import dev.hanbridge.translate.http.Json;
import dev.hanbridge.translate.http.ProviderHttp;
import tools.jackson.databind.JsonNode;

/** HTTP to Cloud Translation v3 and Google's errors. */
final class GoogleClient {

    /**
     * Google reports exceeded rate quotas as 403 (not 429) with one of these reasons, in an
     * {@code ErrorInfo} detail (v3) or the older {@code errors[]} list: back off, do not stop.
     */
    private static final Set<String> RATE_LIMIT_REASONS = Set.of("RATE_LIMIT_EXCEEDED", "rateLimitExceeded",
            "userRateLimitExceeded", "RESOURCE_EXHAUSTED");

    /** Per-day quotas: waiting minutes will not help, so the run stops. */
    private static final Set<String> DAILY_QUOTA_REASONS = Set.of("dailyLimitExceeded", "quotaExceeded");

    private final ProviderHttp http;
    private final AccessTokens tokens;
    private final URI endpoint;

    GoogleClient(GoogleConfig config, AccessTokens tokens, ProviderHttp http) {
        this.http = http;
        this.tokens = tokens;
        this.endpoint = URI.create(config.baseUrl() + "/v3/" + config.parent() + ":translateText");
    }

    GoogleMessages.Response translate(GoogleMessages.Request request) {
        String token = tokens.token();
        HttpResult result = http.post(endpoint, Map.of("Authorization", "Bearer " + token), "application/json; charset=utf-8",
                Json.write(request));
        if (!result.ok()) {
            JsonNode error = Json.tree(result.body()).path("error");
            String message = error.path("message").asString(null);
            String reason = reason(error);
            if (result.status() == 403 && reason != null && RATE_LIMIT_REASONS.contains(reason)) {
                throw new TransientTranslationException(GoogleEngineProvider.ID, "Google Cloud Translation answered "
                        + "HTTP 403 " + http.scrub(reason) + " (a rate quota); will retry. Lower "
                        + "hanbridge.engines.google.requests-per-second or chars-per-minute if it recurs.",
                        result.retryAfter().orElse(null), null);
            }
            if (result.status() == 403 && reason != null && DAILY_QUOTA_REASONS.contains(reason)) {
                throw new QuotaExceededException(GoogleEngineProvider.ID, "Google Cloud Translation's daily quota is "
                        + "used up (HTTP 403 " + http.scrub(reason) + "). Raise the quota in the Cloud console, or "
                        + "finish the run with another engine. Stored translations are kept.");
            }
            String tag = reason != null ? reason : error.path("status").asString(null);
            throw http.failure(result, message == null ? null : message + (tag == null ? "" : " [" + tag + "]"),
                    "GOOGLE_APPLICATION_CREDENTIALS or GOOGLE_ACCESS_TOKEN, and that the Cloud Translation API is "
                            + "enabled for GOOGLE_PROJECT",
                    "GOOGLE_PROJECT, GOOGLE_LOCATION, GOOGLE_MODEL and GOOGLE_GLOSSARY (hanbridge.engines.google.*)");
        }
        return Json.read(result.body(), GoogleMessages.Response.class).filter(r -> r.translations() != null)
                .orElseThrow(() -> http.malformed(result, "Google's JSON"));
    }

    private static String reason(JsonNode error) {
        for (JsonNode detail : error.path("details")) {
            String r = detail.path("reason").asString(null);
            if (r != null) {
                return r;
            }
        }
        for (JsonNode e : error.path("errors")) {
            String r = e.path("reason").asString(null);
            if (r != null) {
                return r;
            }
        }
        String status = error.path("status").asString(null);
        return "RESOURCE_EXHAUSTED".equals(status) ? status : null;
    }
}
