package dev.hanbridge.translate.driver;

import dev.hanbridge.common.EngineUsage;

/** What one engine of the chain cost one unit of work; filled by a single thread. */
final class UsageMeter {

    long segments;
    long characters;
    long requests;
    long retries;
    long rejected;
    long billed;
    long inputTokens;
    long outputTokens;
    long reasoningTokens;

    EngineUsage usage(String engine) {
        return new EngineUsage(engine, segments, characters, requests, retries, rejected, billed, inputTokens,
                outputTokens, reasoningTokens);
    }
}
