package dev.hanbridge.translate.libretranslate;

import java.net.URI;

record LibreTranslateConfig(URI baseUrl, String apiKey) {

    URI endpoint() {
        return URI.create(baseUrl + "/translate");
    }

    @Override
    public String toString() { // the generated one would print the key
        return "LibreTranslateConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***") + "]";
    }
}
