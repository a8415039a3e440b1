package dev.hanbridge.translate.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.TranslationRequest.TranslationContext;
import dev.hanbridge.translate.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * Reasoning models and the servers in front of them, with the bodies their providers document:
 * OpenAI's o-series (what they refuse, reasoning tokens), DeepSeek's reasoner
 * ({@code reasoning_content}), and local R1 distills (a {@code <think>} block with a draft).
 */
class ReasoningModelsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String RIGHT_1 = "The city council approved next year's budget on the 3rd.";
    private final TranslationRequest three = new TranslationRequest("ko", "en",
            List.of("시의회는 3일 내년도 예산안을 의결했다.", "표결 결과는 17대 4였다.", "오픈AI는 서울 사무소를 열겠다고 밝혔다."),
            new TranslationContext("시의회, 내년 예산 확정", List.of(), List.of(), Map.of()));

    private OpenAiEngine engine(String model, Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of("OPENAI_BASE_URL", wm.baseUrl() + "/v1", "OPENAI_API_KEY",
                "sk-test", "OPENAI_MODEL", model));
        s.putAll(extra);
        return (OpenAiEngine) new OpenAiEngineProvider().create(TestResources.settings(s)).orElseThrow();
    }

    private static MappingBuilder chat() {
        return post("/v1/chat/completions");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder body(int status, String file) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(TestResources.read("openai/" + file));
    }

    /** The requests WireMock received, oldest first. */
    private static List<JsonNode> sent() {
        List<JsonNode> newestFirst = wm.getAllServeEvents().stream()
                .map(e -> Json.tree(new String(e.getRequest().getBody(), StandardCharsets.UTF_8))).toList();
        List<JsonNode> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Test
    void anOpenAiReasoningModelIsSentWhatItsDocumentationSaysAndItsReasoningTokensAreCounted() {
        wm.stubFor(chat().willReturn(body(200, "o3-mini-ok.json")));

        TranslationReply reply = engine("o3-mini", Map.of("OPENAI_REASONING_EFFORT", "low")).translate(three);

        assertThat(reply.targets()).first().isEqualTo(RIGHT_1);
        assertThat(reply.outputTokens()).isEqualTo(893);
        assertThat(reply.reasoningTokens()).isEqualTo(832);
        JsonNode request = sent().get(0);
        assertThat(request.has("temperature")).isFalse();
        assertThat(request.has("max_tokens")).isFalse();
        assertThat(request.path("max_completion_tokens").asInt()).isEqualTo(25_000);
        assertThat(request.path("reasoning_effort").asString()).isEqualTo("low");
        assertThat(request.path("messages").path(0).path("role").asString()).isEqualTo("developer");
        assertThat(request.path("response_format").path("type").asString()).isEqualTo("json_object");
    }

    @Test
    void o1MiniTakesNoInstructionsRoleAndNoJsonModeSoTheInstructionsOpenTheUserMessage() {
        wm.stubFor(chat().willReturn(body(200, "o3-mini-ok.json")));

        engine("o1-mini", Map.of()).translate(three);

        JsonNode request = sent().get(0);
        assertThat(request.path("messages")).hasSize(1);
        assertThat(request.path("messages").path(0).path("role").asString()).isEqualTo("user");
        assertThat(request.path("messages").path(0).path("content").asString())
                .startsWith("You translate Korean news").contains("\"1\":\"시의회는 3일 내년도 예산안을 의결했다.\"");
        assertThat(request.has("response_format")).isFalse();
    }

    @Test
    void aModelThatRefusesTemperatureThenMaxTokensIsAskedAgainAtOnceWithoutThemAndForTheRestOfTheRun() {
        // A deployment whose name says nothing: only the refusals tell.
        wm.stubFor(chat().atPriority(1).withRequestBody(matchingJsonPath("$.temperature"))
                .willReturn(body(400, "error-400-temperature.json")));
        wm.stubFor(chat().atPriority(2).withRequestBody(matchingJsonPath("$.max_tokens"))
                .willReturn(body(400, "error-400-max-tokens.json")));
        wm.stubFor(chat().atPriority(3).willReturn(body(200, "o3-mini-ok.json")));
        OpenAiEngine engine = engine("team-model-prod", Map.of());

        assertThatThrownBy(() -> engine.translate(three)).isInstanceOfSatisfying(TransientTranslationException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ZERO));
        assertThatThrownBy(() -> engine.translate(three)).isInstanceOfSatisfying(TransientTranslationException.class,
                e -> assertThat(e.getMessage()).contains("'max_tokens'").contains("unsupported_parameter"));
        assertThat(engine.translate(three).targets()).first().isEqualTo(RIGHT_1);
        assertThat(engine.translate(three).targets()).hasSize(3);

        List<JsonNode> sent = sent();
        assertThat(sent).hasSize(4);
        assertThat(sent.subList(2, 4)).allSatisfy(r -> {
            assertThat(r.has("temperature")).isFalse();
            assertThat(r.has("max_tokens")).isFalse();
        });
        // It answered with reasoning tokens: from then on it gets the reasoning model's limit.
        assertThat(sent.get(2).path("max_completion_tokens").asInt()).isEqualTo(4096);
        assertThat(sent.get(3).path("max_completion_tokens").asInt()).isEqualTo(25_000);
        assertThat(engine.shape().thinking()).isTrue();
    }

    @Test
    void aRefusedSystemMessageMovesTheInstructionsToADeveloperMessageThenIntoTheUserMessage() {
        wm.stubFor(chat().atPriority(1).withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .willReturn(body(400, "error-400-system-role.json")));
        wm.stubFor(chat().atPriority(2).withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("developer")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"error\":{\"message\":\"Unsupported value: 'messages[0].role' does not support 'developer'"
                                + " with this model.\",\"type\":\"invalid_request_error\",\"param\":\"messages[0].role\","
                                + "\"code\":\"unsupported_value\"}}")));
        wm.stubFor(chat().atPriority(3).willReturn(body(200, "ok.json")));
        OpenAiEngine engine = engine("legacy-model", Map.of());

        assertThatThrownBy(() -> engine.translate(three)).isInstanceOf(TransientTranslationException.class);
        assertThatThrownBy(() -> engine.translate(three)).isInstanceOf(TransientTranslationException.class);
        assertThat(engine.translate(three).targets()).hasSize(3);

        assertThat(sent().get(2).path("messages")).hasSize(1);
        assertThat(engine.shape().role()).isEqualTo(RequestShape.Role.USER);
    }

    @Test
    void aRefusedParameterThatCannotBeDroppedStopsTheEngineNamingIt() {
        wm.stubFor(chat().willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Unsupported value: 'messages[1].content' does not support text with"
                        + " this model.\",\"type\":\"invalid_request_error\",\"param\":\"messages[1].content\","
                        + "\"code\":\"unsupported_value\"}}")));

        assertThatThrownBy(() -> engine("whisper-1", Map.of()).translate(three))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("'messages[1].content'")
                .hasMessageContaining("OPENAI_MODEL");
    }

    @Test
    void deepSeekReasonerGetsNoTemperatureAndTheAnswerComesFromContentNeverFromTheReasoning() {
        wm.stubFor(chat().willReturn(body(200, "deepseek-reasoner-ok.json")));

        TranslationReply reply = engine("deepseek-reasoner", Map.of()).translate(three);

        assertThat(reply.targets()).containsExactly(RIGHT_1, "The vote passed 17 to 4.",
                "OpenAI said it would open a Seoul office.");
        assertThat(reply.reasoningTokens()).isEqualTo(451);
        JsonNode request = sent().get(0);
        assertThat(request.has("temperature")).isFalse();
        assertThat(request.path("max_tokens").asInt()).isEqualTo(25_000);
        assertThat(request.path("messages").path(0).path("role").asString()).isEqualTo("system");
    }

    @Test
    void aThinkBlockHoldingADraftJsonAndListIsSkippedAndTheAnswerAfterItTaken() {
        wm.stubFor(chat().willReturn(body(200, "ollama-think-draft.json")));
        OpenAiEngine engine = engine("deepseek-r1:7b", Map.of("OPENAI_API_KEY", ""));

        TranslationReply reply = engine.translate(three);

        assertThat(reply.targets()).containsExactly(RIGHT_1, "The vote passed 17 to 4.",
                "OpenAI said it would open a Seoul office.");
        // R1's model card: temperature 0.6, never greedy, or it repeats itself endlessly.
        wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.6")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("25000"))));
    }

    @Test
    void aModelWhoseNameHidesThatItThinksGetsTheReasoningLimitAfterItsFirstThinkBlock() {
        wm.stubFor(chat().willReturn(body(200, "ollama-think-draft.json")));
        OpenAiEngine engine = engine("house-model:14b", Map.of("OPENAI_API_KEY", ""));

        engine.translate(three);
        engine.translate(three);

        List<JsonNode> sent = sent();
        assertThat(sent.get(0).path("max_tokens").asInt()).isEqualTo(4096);
        assertThat(sent.get(0).path("temperature").asDouble()).isZero();
        assertThat(sent.get(1).path("max_tokens").asInt()).isEqualTo(25_000);
        assertThat(sent.get(1).path("temperature").asDouble()).isEqualTo(0.6);
    }

    @Test
    void reasoningCutOffAtTheLimitBeforeAnyAnswerIsAMisalignedAnswerThatNamesTheSettingAndCountsItsTokens() {
        wm.stubFor(chat().willReturn(body(200, "ollama-think-cut-off.json")));

        assertThatThrownBy(() -> engine("deepseek-r1:7b", Map.of()).translate(three))
                .isInstanceOfSatisfying(MisalignedReplyException.class, e -> {
                    assertThat(e.getMessage()).contains("reasoning was cut off").contains("OPENAI_MAX_OUTPUT_TOKENS")
                            .doesNotContain("council");
                    assertThat(e.outputTokens()).isEqualTo(4096);
                });

        wm.resetAll();
        wm.stubFor(chat().willReturn(body(200, "o3-mini-cut-off.json")));
        assertThatThrownBy(() -> engine("o3-mini", Map.of()).translate(three))
                .isInstanceOfSatisfying(MisalignedReplyException.class, e -> {
                    assertThat(e.getMessage()).contains("reasoning was cut off");
                    assertThat(e.reasoningTokens()).isEqualTo(25_000);
                });
    }

    @Test
    void aContextTooSmallForTheRequestIsARejectionThatSaysWhatToChange() {
        wm.stubFor(chat().willReturn(body(400, "error-400-context.json")));

        assertThatThrownBy(() -> engine("gpt-4", Map.of()).translate(three))
                .isInstanceOf(PermanentTranslationException.class).hasMessageContaining("context")
                .hasMessageContaining("OPENAI_MODEL").hasMessageContaining("num_ctx");
    }

    @Test
    void aContextErrorThatCountsTheOutputLimitInDropsTheLimitOnce() {
        wm.stubFor(chat().atPriority(1).withRequestBody(matchingJsonPath("$.max_tokens"))
                .willReturn(body(400, "error-400-vllm-context.json")));
        wm.stubFor(chat().atPriority(2).willReturn(body(200, "ollama-think-draft.json")));
        OpenAiEngine engine = engine("deepseek-r1-distill-qwen-7b", Map.of("OPENAI_API_KEY", ""));

        assertThatThrownBy(() -> engine.translate(three)).isInstanceOf(TransientTranslationException.class);
        assertThat(engine.translate(three).targets()).hasSize(3);

        assertThat(sent().get(1).has("max_tokens")).isFalse();
    }

    @Test
    void theTokenBoundCoversThePromptBytesAndTheOutputLimit() {
        wm.stubFor(chat().willReturn(body(200, "ok.json")));
        OpenAiEngine plain = engine("gpt-4o-mini", Map.of());

        plain.translate(three);

        int promptBytes = 0;
        for (JsonNode m : sent().get(0).path("messages")) {
            promptBytes += m.path("content").asString().getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(plain.tokenBound(three)).isGreaterThan(promptBytes + 4096L).isLessThan(promptBytes + 4096L + 100);
        assertThat(engine("gpt-4o-mini", Map.of("OPENAI_MAX_OUTPUT_TOKENS", "1000")).tokenBound(three))
                .isEqualTo(plain.tokenBound(three) - 3096);
    }

    @Test
    void reasoningModelsWaitLongerForAnAnswerUnlessTheRequestTimeoutIsSet() {
        assertThat(engine("gpt-4o-mini", Map.of()).timeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(engine("o3-mini", Map.of()).timeout()).isEqualTo(Duration.ofSeconds(900));
        assertThat(engine("qwq:32b", Map.of()).timeout()).isEqualTo(Duration.ofSeconds(900));
        assertThat(engine("o3-mini", Map.of("hanbridge.engines.openai.request-timeout", "120s")).timeout())
                .isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void theOutputLimitSettingIsSentAndAWrongValueNamesIt() {
        wm.stubFor(chat().willReturn(body(200, "ok.json")));

        engine("gpt-4o-mini", Map.of("OPENAI_MAX_OUTPUT_TOKENS", "2000")).translate(three);

        wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("2000"))));
        assertThatThrownBy(() -> engine("gpt-4o-mini", Map.of("OPENAI_MAX_OUTPUT_TOKENS", "lots")))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("OPENAI_MAX_OUTPUT_TOKENS");
    }

    @Test
    void recognisesTheReasoningFamiliesByName() {
        assertThat(List.of("o1", "o1-mini", "o3-mini-2025-01-31", "o4-mini", "gpt-5", "gpt-5-mini", "openai/o3",
                "O3-Mini")).allMatch(m -> RequestShape.isOpenAiReasoning(RequestShape.bare(m)));
        assertThat(List.of("gpt-4o-mini", "gpt-5-chat-latest", "omni-7b", "o1x", "qwen2.5:7b"))
                .noneMatch(m -> RequestShape.isOpenAiReasoning(RequestShape.bare(m)));
        assertThat(List.of("deepseek-r1:7b", "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "qwq:32b", "qwen3:8b"))
                .allMatch(m -> RequestShape.thinksInTheOpen(RequestShape.bare(m)));
        assertThat(List.of("qwen2.5:7b", "qwen3-30b-a3b-instruct-2507", "llama3.1:8b", "gpt-4o-mini"))
                .noneMatch(m -> RequestShape.thinksInTheOpen(RequestShape.bare(m)));
    }
}
