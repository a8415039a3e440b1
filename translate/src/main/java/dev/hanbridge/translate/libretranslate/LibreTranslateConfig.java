package dev.hanbridge.translate.libretranslate;

import java.net.URI;

import dev.hanbridge.translate.EngineLimits;

record LibreTranslateConfig(URI baseUrl, String apiKey, EngineLimits limits) {

    @Override
    public String toString() { // the generated one would print the key
        return "LibreTranslateConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", limits=" + limits + "]";
    }
}
