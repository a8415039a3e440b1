package dev.hanbridge.translate.papago;

import java.net.URI;

record PapagoConfig(URI baseUrl, String clientId, String clientSecret, String glossaryKey) {

    URI endpoint() {
        return URI.create(baseUrl + "/nmt/v1/translation");
    }

    @Override
    public String toString() { // the generated one would print the credentials
        return "PapagoConfig[baseUrl=" + baseUrl + ", clientId=***, clientSecret=***, glossaryKey=" + glossaryKey
                + "]";
    }
}
