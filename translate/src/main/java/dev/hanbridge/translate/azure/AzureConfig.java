package dev.hanbridge.translate.azure;

import java.net.URI;

record AzureConfig(URI baseUrl, String key, String region, String category) {

    @Override
    public String toString() { // the generated one would print the key
        return "AzureConfig[baseUrl=" + baseUrl + ", key=***, region=" + region + ", category=" + category + "]";
    }
}
