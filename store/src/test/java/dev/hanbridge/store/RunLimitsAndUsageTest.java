package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hanbridge.common.EngineUsage;

/** What migration V9 added: a run's spend limits and warnings, and reasoning tokens in its usage. */
class RunLimitsAndUsageTest {

    private final MemoryDatabase db = new MemoryDatabase();
    private final RunStore runs = new RunStore(db.jdbc);
    private final long run = runs.create("in", "openai", "tmx", "en-US", "out", "host", 1);

    @Test
    void limitsAreKeptWithTheRunAndZeroMeansNone() {
        assertThat(runs.limits(run)).isEqualTo(SpendLimits.NONE);

        runs.setLimits(run, new SpendLimits(300L, 0L));
        assertThat(runs.limits(run)).isEqualTo(new SpendLimits(300L, null));

        runs.setLimits(run, runs.limits(run).overriddenBy(new SpendLimits(null, 50_000L)));
        assertThat(runs.limits(run)).isEqualTo(new SpendLimits(300L, 50_000L));
    }

    @Test
    void warningsAreLinesKeptOnceEach() {
        runs.addWarning(run, "openai stopped: the model does not exist. The rest went to deepl.");
        runs.addWarning(run, "openai stopped: the model does not exist. The rest went to deepl.");
        runs.addWarning(run, "deepl stopped: quota used up. The rest went to google.");

        assertThat(runs.warnings(run)).containsExactly(
                "openai stopped: the model does not exist. The rest went to deepl.",
                "deepl stopped: quota used up. The rest went to google.");
        assertThat(runs.warnings(runs.create("in", "none", "tmx", "en-US", "out", "host", 1))).isEmpty();
    }

    @Test
    void reasoningTokensAddUpPerRunAndEngine() {
        UsageStore usage = new UsageStore(db.jdbc, db.transactions);

        usage.add(run, new EngineUsage("openai", 3, 120, 1, 0, 0, 0, 400, 900, 832));
        usage.add(run, new EngineUsage("openai", 2, 80, 1, 0, 0, 0, 300, 500, 400));

        List<EngineUsage> used = usage.ofRun(run);
        assertThat(used).singleElement().satisfies(u -> {
            assertThat(u.reasoningTokens()).isEqualTo(1232);
            assertThat(u.tokens()).isEqualTo(2100);
            assertThat(u.summary()).endsWith("700 input + 1400 output tokens (1232 of them reasoning)");
        });
    }
}
