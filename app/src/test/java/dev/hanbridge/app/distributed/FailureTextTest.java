package dev.hanbridge.app.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void takesTheDeepestCauseWithoutItsClassName() {
        String stored = """
                org.springframework.batch.core.step.StepExecutionException: step failed
                \tat org.example.A.run(A.java:1)
                Caused by: java.lang.IllegalStateException: wrapper
                Caused by: dev.hanbridge.translate.EngineConfigurationException: Set DEEPL_API_KEY: deepl has no key
                \tat org.example.B.run(B.java:2)
                """;

        assertThat(FailureText.reason(stored)).isEqualTo("Set DEEPL_API_KEY: deepl has no key");
    }

    @Test
    void saysSoWhenNothingWasRecorded() {
        assertThat(FailureText.reason(null)).isEqualTo("no reason recorded");
        assertThat(FailureText.reason("")).isEqualTo("no reason recorded");
    }
}
