package dev.hanbridge.translate.openai;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The chat-completions request and response, as far as translation needs them. */
final class ChatMessages {

    private ChatMessages() {
    }

    record Request(String model, List<Message> messages, double temperature,
            @JsonProperty("response_format") Map<String, String> responseFormat, boolean stream) {
    }

    record Message(String role, String content) {
    }

    record Response(String model, List<Choice> choices, Usage usage) {
    }

    record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    record Usage(@JsonProperty("prompt_tokens") long promptTokens,
            @JsonProperty("completion_tokens") long completionTokens) {
    }
}
