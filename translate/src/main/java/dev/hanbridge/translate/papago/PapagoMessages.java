package dev.hanbridge.translate.papago;

/** Papago's request and its answer {@code {"message": {"result": {"translatedText": ...}}}}. */
final class PapagoMessages {

    private PapagoMessages() {
    }

    record Request(String source, String target, String text, String glossaryKey) {
    }

    record Response(Message message) {
    }

    record Message(Result result) {
    }

    record Result(String srcLangType, String tarLangType, String translatedText) {
    }
}
