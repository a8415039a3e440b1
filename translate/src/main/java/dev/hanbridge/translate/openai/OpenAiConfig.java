package dev.hanbridge.translate.openai;

import java.net.URI;
import java.time.Duration;

/**
 * @param reasoningEffort {@code reasoning_effort} to send (e.g. {@code low}), or {@code null} for the model's default
 * @param maxOutputTokens the output limit to ask for, or {@code null} for one that fits the model
 * @param requestTimeout the configured time to wait for an answer, or {@code null} for one that fits the model
 */
record OpenAiConfig(URI baseUrl, String apiKey, String model, boolean jsonMode, String reasoningEffort,
        Integer maxOutputTokens, Duration requestTimeout) {

    @Override
    public String toString() { // the generated one would print the key
        return "OpenAiConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***") + ", model=" + model
                + ", jsonMode=" + jsonMode + ", reasoningEffort=" + reasoningEffort + ", maxOutputTokens="
                + maxOutputTokens + ", requestTimeout=" + requestTimeout + "]";
    }
}
