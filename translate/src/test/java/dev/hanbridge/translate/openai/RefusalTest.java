package dev.hanbridge.translate.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.TestResources;

/** Which parameter a server refused, from the error bodies OpenAI-compatible servers send. */
class RefusalTest {

    private static Refusal of(int status, String file) {
        return Refusal.of(status, TestResources.read("openai/" + file));
    }

    @Test
    void readsOpenAisParamFieldAndCode() {
        assertThat(of(400, "error-400-temperature.json").refusedParameter()).isEqualTo("temperature");
        Refusal maxTokens = of(400, "error-400-max-tokens.json");
        assertThat(maxTokens.refusedParameter()).isEqualTo("max_tokens");
        assertThat(maxTokens.unknownParameter()).isTrue();
        assertThat(of(400, "error-400-system-role.json").refusedParameter()).isEqualTo("role");
    }

    @Test
    void findsTheParameterInTheMessageWhenAServerSendsNoParamField() {
        assertThat(of(400, "error-400-format.json").refusedParameter()).isEqualTo("response_format");
        assertThat(Refusal.of(400, "{\"error\": \"Unsupported parameter: 'max_tokens'; use 'max_completion_tokens'\"}")
                .refusedParameter()).isEqualTo("max_tokens");
        assertThat(Refusal.of(400, "{\"object\":\"error\",\"message\":\"Unrecognized request argument supplied:"
                + " reasoning_effort\",\"type\":\"BadRequestError\",\"code\":400}").refusedParameter())
                .isEqualTo("reasoning_effort");
    }

    @Test
    void aContextErrorOrAnyOtherRefusalIsNotAboutAParameter() {
        Refusal context = of(400, "error-400-context.json");
        assertThat(context.contextTooSmall()).isTrue();
        assertThat(context.refusedParameter()).isNull();
        Refusal vllm = of(400, "error-400-vllm-context.json");
        assertThat(vllm.contextTooSmall()).isTrue();
        assertThat(vllm.message()).contains("25000 in the completion");
        assertThat(Refusal.of(400, "{\"error\":{\"message\":\"Invalid prompt: your prompt was flagged\","
                + "\"type\":\"invalid_request_error\",\"code\":\"invalid_prompt\"}}").refusedParameter()).isNull();
        assertThat(of(404, "error-404-model.json").modelNotFound()).isTrue();
    }
}
