package dev.hanbridge.translate.deepl;

import java.net.URI;

/** DeepL settings as read; {@code targetLang} null means derived from the run's target language. */
record DeepLConfig(URI baseUrl, String apiKey, String targetLang, String glossaryId, boolean sendContext) {

    @Override
    public String toString() { // the generated one would print the key
        return "DeepLConfig[baseUrl=" + baseUrl + ", apiKey=***, targetLang=" + targetLang + ", glossaryId="
                + glossaryId + ", sendContext=" + sendContext + "]";
    }
}
