package dev.hanbridge.translate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An engine's answer to one request: the targets, and what the provider said the request cost,
 * where it says so.
 *
 * @param targets one per source, in order, as the provider answered them: the driver rejects an
 *        answer whose count differs from the request's or that holds a {@code null}
 * @param billedCharacters characters the provider billed ({@code 0} when it does not report them)
 * @param inputTokens prompt tokens an LLM reported ({@code 0} when not reported)
 * @param outputTokens completion tokens an LLM reported, its reasoning included ({@code 0} when not reported)
 * @param reasoningTokens the part of {@code outputTokens} a reasoning model spent thinking
 *        ({@code 0} when not reported)
 */
public record TranslationReply(List<String> targets, long billedCharacters, long inputTokens, long outputTokens,
        long reasoningTokens) {

    public TranslationReply {
        // Not List.copyOf: a provider's missing target (null) must reach the driver's alignment check.
        targets = Collections.unmodifiableList(new ArrayList<>(targets));
    }

    /** A reply without reasoning tokens. */
    public TranslationReply(List<String> targets, long billedCharacters, long inputTokens, long outputTokens) {
        this(targets, billedCharacters, inputTokens, outputTokens, 0);
    }

    public static TranslationReply of(List<String> targets) {
        return new TranslationReply(targets, 0, 0, 0, 0);
    }
}
