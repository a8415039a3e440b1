package dev.hanbridge.translate.azure;

import java.net.URI;

import dev.hanbridge.translate.EngineLimits;

record AzureConfig(URI baseUrl, String key, String region, String category, EngineLimits limits) {

    @Override
    public String toString() { // the generated one would print the key
        return "AzureConfig[baseUrl=" + baseUrl + ", key=***, region=" + region + ", category=" + category
                + ", limits=" + limits + "]";
    }
}
