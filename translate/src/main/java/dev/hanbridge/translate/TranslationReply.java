package dev.hanbridge.translate;

import java.util.List;

/**
 * An engine's answer to one request: one target per source, in order, and what the provider said
 * the request cost, where it says so.
 *
 * @param targets one per source, in order
 * @param billedCharacters characters the provider billed ({@code 0} when it does not report them)
 * @param inputTokens prompt tokens an LLM reported ({@code 0} when not reported)
 * @param outputTokens completion tokens an LLM reported ({@code 0} when not reported)
 */
public record TranslationReply(List<String> targets, long billedCharacters, long inputTokens, long outputTokens) {

    public TranslationReply {
        targets = List.copyOf(targets);
    }

    public static TranslationReply of(List<String> targets) {
        return new TranslationReply(targets, 0, 0, 0);
    }
}
