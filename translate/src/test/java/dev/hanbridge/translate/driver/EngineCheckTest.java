package dev.hanbridge.translate.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.TransientTranslationException;

/** One sentence to one engine, the way a run sends it, and what came of it. */
class EngineCheckTest {

    private final EngineCheck check = new EngineCheck(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2)));

    @Test
    void aWorkingEngineAnswersWithItsTranslationAndTheTimeItTook() {
        ScriptedEngine engine = new ScriptedEngine("e", EngineLimits.UNLIMITED, texts -> List.of("Seoul said ..."));

        EngineCheck.Result result = check.check(engine, "en-US");

        assertThat(result.ok()).isTrue();
        assertThat(result.translation()).isEqualTo("Seoul said ...");
        assertThat(result.took()).isPositive();
        assertThat(engine.full).singleElement().satisfies(r -> {
            assertThat(r.texts()).containsExactly(EngineCheck.SENTENCE);
            assertThat(r.targetLang()).isEqualTo("en-US");
        });
    }

    @Test
    void aRefusalTheEngineFixedByItselfIsTriedAgainAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        ScriptedEngine learning = new ScriptedEngine("openai", EngineLimits.UNLIMITED, texts -> {
            if (calls.incrementAndGet() == 1) {
                throw new TransientTranslationException("openai", "refused 'temperature'; sending again without it",
                        Duration.ZERO, null);
            }
            return List.of("ok");
        });

        assertThat(check.check(learning, "en").ok()).isTrue();
        assertThat(calls).hasValue(2);
    }

    @Test
    void aFailureIsTheMessageARunWouldHaveStoppedWith() {
        ScriptedEngine missing = new ScriptedEngine("openai", EngineLimits.UNLIMITED, texts -> {
            throw new EngineConfigurationException("openai", "answered HTTP 404 (not found). Check OPENAI_MODEL.");
        });
        ScriptedEngine down = new ScriptedEngine("libretranslate", EngineLimits.UNLIMITED, texts -> {
            throw new TransientTranslationException("libretranslate", "refused or dropped the connection");
        });

        EngineCheck.Result result = check.check(missing, "en");
        EngineCheck.Result unreachable = check.check(down, "en");

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).contains("OPENAI_MODEL");
        assertThat(missing.requests).hasSize(1);
        assertThat(unreachable.problem()).contains("refused or dropped the connection");
        assertThat(down.requests).hasSize(3);
    }
}
