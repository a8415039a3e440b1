package dev.hanbridge.translate.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The chat-completions response, as far as translation needs it (the request is built by {@link ChatRequest}). */
final class ChatMessages {

    private ChatMessages() {
    }

    record Response(String model, List<Choice> choices, Usage usage) {
    }

    record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    /**
     * The answer. A reasoning model's reasoning comes in a field of its own where the server
     * separates it: {@code reasoning_content} (DeepSeek's API, vLLM), {@code reasoning} (Ollama,
     * OpenRouter); {@code content} then holds the answer alone.
     */
    record Message(String role, String content, @JsonProperty("reasoning_content") String reasoningContent,
            String reasoning) {

        boolean reasoned() {
            return reasoningContent != null && !reasoningContent.isBlank() || reasoning != null && !reasoning.isBlank();
        }
    }

    record Usage(@JsonProperty("prompt_tokens") long promptTokens,
            @JsonProperty("completion_tokens") long completionTokens,
            @JsonProperty("completion_tokens_details") CompletionDetails completionDetails) {

        /** OpenAI's and DeepSeek's count of the completion tokens spent reasoning; 0 when not given. */
        long reasoningTokens() {
            return completionDetails == null ? 0 : completionDetails.reasoningTokens();
        }
    }

    record CompletionDetails(@JsonProperty("reasoning_tokens") long reasoningTokens) {
    }
}
