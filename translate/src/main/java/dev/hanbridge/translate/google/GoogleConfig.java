package dev.hanbridge.translate.google;

import java.net.URI;

/** Google settings as read; holds no secret (the token source is kept apart). */
record GoogleConfig(URI baseUrl, String project, String location, String model, String glossary) {

    String parent() {
        return "projects/" + project + "/locations/" + location;
    }
}
