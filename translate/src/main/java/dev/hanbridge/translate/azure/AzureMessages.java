package dev.hanbridge.translate.azure;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Azure's request elements and answers: {@code [{"Text": ...}]} in, {@code [{"translations": [...]}]} out. */
final class AzureMessages {

    private AzureMessages() {
    }

    record Element(@JsonProperty("Text") String text) {
    }

    record Result(List<Translation> translations) {
    }

    record Translation(String text, String to) {
    }
}
