package dev.hanbridge.app.cli;

import dev.hanbridge.store.SpendLimits;
import picocli.CommandLine.Option;

/** The spend-limit options {@code run} and {@code restart} share. */
class SpendLimitOptions {

    @Option(names = "--max-characters", paramLabel = "N",
            description = "Stop the run before it sends engines more than N source characters, every try counted"
                    + " (default: $HANBRIDGE_MAX_CHARACTERS; 0 = no limit).")
    Long maxCharacters;

    @Option(names = "--max-tokens", paramLabel = "N",
            description = "Stop the run before it spends more than N tokens, input and output, with engines that bill"
                    + " tokens (default: $HANBRIDGE_MAX_TOKENS; 0 = no limit).")
    Long maxTokens;

    /** The limits given on the command line; {@code null} where none was given. */
    SpendLimits given() {
        if (maxCharacters != null && maxCharacters < 0 || maxTokens != null && maxTokens < 0) {
            throw new CliException("a spend limit cannot be negative (0 means none)");
        }
        return new SpendLimits(maxCharacters, maxTokens);
    }
}
