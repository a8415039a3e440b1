package dev.hanbridge.translate.papago;

import java.net.URI;

import dev.hanbridge.translate.EngineLimits;

record PapagoConfig(URI baseUrl, String clientId, String clientSecret, String glossaryKey, EngineLimits limits) {

    @Override
    public String toString() { // the generated one would print the credentials
        return "PapagoConfig[baseUrl=" + baseUrl + ", clientId=***, clientSecret=***, glossaryKey=" + glossaryKey
                + ", limits=" + limits + "]";
    }
}
