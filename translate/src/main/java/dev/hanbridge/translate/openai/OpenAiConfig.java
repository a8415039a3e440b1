package dev.hanbridge.translate.openai;

import java.net.URI;

record OpenAiConfig(URI baseUrl, String apiKey, String model, boolean jsonMode) {

    @Override
    public String toString() { // the generated one would print the key
        return "OpenAiConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***") + ", model=" + model
                + ", jsonMode=" + jsonMode + "]";
    }
}
