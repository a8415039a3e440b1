package dev.hanbridge.common;

/**
 * What one engine cost in one run, or in one article while it is being added up.
 *
 * @param engine engine id
 * @param segments segments the engine translated
 * @param characters characters of source text sent, every try counted
 * @param requests requests sent, every try counted
 * @param retries tries that failed and were repeated (429, 5xx, timeouts, misaligned answers)
 * @param rejected segments the engine rejected for good
 * @param billedCharacters characters the provider says it billed ({@code 0} when it does not say)
 * @param inputTokens prompt tokens an LLM reported
 * @param outputTokens completion tokens an LLM reported, its reasoning included
 * @param reasoningTokens the part of {@code outputTokens} a reasoning model spent thinking (OpenAI's
 *        and DeepSeek's {@code usage.completion_tokens_details.reasoning_tokens}); billed as output
 */
public record EngineUsage(String engine, long segments, long characters, long requests, long retries, long rejected,
        long billedCharacters, long inputTokens, long outputTokens, long reasoningTokens) {

    /** Usage of an engine that reports no reasoning tokens. */
    public EngineUsage(String engine, long segments, long characters, long requests, long retries, long rejected,
            long billedCharacters, long inputTokens, long outputTokens) {
        this(engine, segments, characters, requests, retries, rejected, billedCharacters, inputTokens, outputTokens, 0);
    }

    public static EngineUsage none(String engine) {
        return new EngineUsage(engine, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Input and output tokens together: what a token spend limit counts. */
    public long tokens() {
        return inputTokens + outputTokens;
    }

    public EngineUsage plus(EngineUsage o) {
        return new EngineUsage(engine, segments + o.segments, characters + o.characters, requests + o.requests,
                retries + o.retries, rejected + o.rejected, billedCharacters + o.billedCharacters,
                inputTokens + o.inputTokens, outputTokens + o.outputTokens, reasoningTokens + o.reasoningTokens);
    }

    public boolean isEmpty() {
        return segments == 0 && characters == 0 && requests == 0 && retries == 0 && rejected == 0
                && billedCharacters == 0 && inputTokens == 0 && outputTokens == 0 && reasoningTokens == 0;
    }

    /** One line for a run's summary. */
    public String summary() {
        StringBuilder s = new StringBuilder().append(engine).append(": ").append(segments).append(" segments, ")
                .append(characters).append(" characters sent, ").append(requests).append(" requests, ")
                .append(retries).append(" retries");
        if (rejected > 0) {
            s.append(", ").append(rejected).append(" rejected");
        }
        if (billedCharacters > 0) {
            s.append(", ").append(billedCharacters).append(" billed characters");
        }
        if (inputTokens > 0 || outputTokens > 0) {
            s.append(", ").append(inputTokens).append(" input + ").append(outputTokens).append(" output tokens");
            if (reasoningTokens > 0) {
                s.append(" (").append(reasoningTokens).append(" of them reasoning)");
            }
        }
        return s.toString();
    }
}
