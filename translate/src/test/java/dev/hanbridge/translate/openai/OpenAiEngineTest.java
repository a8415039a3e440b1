package dev.hanbridge.translate.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.TranslationRequest.TranslationContext;

class OpenAiEngineTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String KEY = "sk-planted-openai-key-1234";
    private final TranslationRequest three = new TranslationRequest("ko", "en",
            List.of("시의회는 3일 내년도 예산안을 의결했다.", "표결 결과는 17대 4였다.", "오픈AI는 서울 사무소를 열겠다고 밝혔다."),
            new TranslationContext("시의회, 내년 예산 확정", List.of("회의는 오전 10시에 시작됐다."), List.of("다음 회의는 다음 달이다."),
                    Map.of("오픈AI", "OpenAI", "삼성전자", "Samsung Electronics")));

    private TranslationEngine engine(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of("OPENAI_BASE_URL", wm.baseUrl() + "/v1", "OPENAI_API_KEY", KEY,
                "OPENAI_MODEL", "gpt-4o-mini", "hanbridge.engines.openai.request-timeout", "1s"));
        s.putAll(extra);
        return new OpenAiEngineProvider().create(TestResources.settings(s)).orElseThrow();
    }

    private static void answer(int status, String file) {
        wm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(TestResources.read("openai/" + file))));
    }

    @Test
    void sendsNumberedSegmentsWithTitleContextAndOnlyTheGlossaryTermsPresent() {
        answer(200, "ok.json");

        TranslationReply reply = engine(Map.of()).translate(three);

        assertThat(reply.targets()).containsExactly("The city council approved next year's budget on the 3rd.",
                "The vote passed 17 to 4.", "OpenAI said it would open a Seoul office.");
        assertThat(reply.inputTokens()).isEqualTo(389);
        assertThat(reply.outputTokens()).isEqualTo(61);
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.0")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("4096")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("news")))
                .withRequestBody(matchingJsonPath("$.messages[1].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("Article title: 시의회, 내년 예산 확정")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("회의는 오전 10시에 시작됐다.")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("오픈AI => OpenAI")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing(
                        "{\"1\":\"시의회는 3일 내년도 예산안을 의결했다.\",\"2\":\"표결 결과는 17대 4였다.\",\"3\":"))));
        assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).doesNotContain("삼성전자");
    }

    @Test
    void worksUnchangedAgainstOllamaWithoutAKey() {
        answer(200, "ollama-ok.json");

        TranslationReply reply = engine(Map.of("OPENAI_API_KEY", "", "OPENAI_MODEL", "qwen2.5:7b"))
                .translate(three);

        assertThat(reply.targets()).hasSize(3);
        assertThat(reply.inputTokens()).isEqualTo(412);
        wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization", absent())
                .withRequestBody(matchingJsonPath("$.model", equalTo("qwen2.5:7b"))));
    }

    @Test
    void acceptsJsonInACodeFence() {
        answer(200, "fenced.json");

        assertThat(engine(Map.of()).translate(three).targets()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"merged.json", "merged-empty.json", "dropped.json", "split.json", "reordered.json",
        "prose.json", "truncated.json"})
    void rejectsAnswersThatDoNotLineUp(String file) {
        answer(200, file);

        assertThatThrownBy(() -> engine(Map.of()).translate(three))
                .isInstanceOfSatisfying(MisalignedReplyException.class, e -> {
                    assertThat(e.outputTokens()).as("tokens still counted").isEqualTo(61);
                    assertThat(e.getMessage()).doesNotContain("시의회").doesNotContain("council");
                });
    }

    @Test
    void withoutJsonModeNoResponseFormatIsSent() {
        answer(200, "ok.json");

        engine(Map.of("OPENAI_JSON_MODE", "false")).translate(three);

        assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).doesNotContain("response_format");
    }

    @Test
    void aServerThatRefusesJsonModeIsAskedForJsonByThePromptAloneFromThenOn() {
        wm.stubFor(post("/v1/chat/completions").atPriority(1)
                .withRequestBody(matchingJsonPath("$.response_format"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(TestResources.read("openai/error-400-format.json"))));
        wm.stubFor(post("/v1/chat/completions").atPriority(2).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(TestResources.read("openai/ok.json"))));
        TranslationEngine engine = engine(Map.of());

        // The refusal is a failure to try again at once: the driver sends the request again.
        assertThatThrownBy(() -> engine.translate(three)).isInstanceOfSatisfying(TransientTranslationException.class,
                e -> {
                    assertThat(e.retryAfter()).contains(Duration.ZERO);
                    assertThat(e.getMessage()).contains("response_format");
                });
        assertThat(engine.translate(three).targets()).hasSize(3);
        assertThat(engine.translate(three).targets()).hasSize(3);

        assertThat(wm.getAllServeEvents()).hasSize(3);
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(notMatching("(?s).*response_format.*"))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("Answer with one JSON object"))));
    }

    @Test
    void aWrongKeyNamesTheSettingAndNotEvenPartOfTheKey() {
        answer(401, "error-401.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(three)).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("OPENAI_API_KEY").hasMessageNotContaining("sk-plant").hasMessageNotContaining("1234");
    }

    @Test
    void noQuotaLeftStopsTheRunButARateLimitBacksOff() {
        answer(429, "error-429-quota.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(three)).isInstanceOf(QuotaExceededException.class);

        wm.resetAll();
        wm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody(TestResources.read("openai/error-429-rate.json"))));
        assertThatThrownBy(() -> engine(Map.of()).translate(three)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));

        wm.resetAll();
        answer(429, "error-429-rate.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(three)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).isEmpty());
    }

    @Test
    void anUnknownModelNamesTheModelSetting() {
        answer(404, "error-404-model.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(three)).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("OPENAI_MODEL").hasMessageContaining("gpt-9");

        wm.resetAll();
        answer(404, "error-404-ollama.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(three)).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("pulling");
    }

    @Test
    void serverErrorsTimeoutsAndGarbageAreRetried() {
        answer(500, "error-500.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(three)).isInstanceOf(TransientTranslationException.class);

        wm.resetAll();
        wm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withFixedDelay(3000)
                .withBody(TestResources.read("openai/ok.json"))));
        assertThatThrownBy(() -> engine(Map.of()).translate(three)).isInstanceOf(TransientTranslationException.class);

        wm.resetAll();
        wm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200).withBody("{\"choices\":[]}")));
        assertThatThrownBy(() -> engine(Map.of()).translate(three)).isInstanceOf(TransientTranslationException.class);
    }

    @Test
    void openAiItselfNeedsAKeyAndEveryServerAModel() {
        assertThatThrownBy(() -> new OpenAiEngineProvider().create(TestResources.settings(Map.of(
                "OPENAI_MODEL", "gpt-4o-mini")))).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("OPENAI_API_KEY");
        assertThatThrownBy(() -> new OpenAiEngineProvider().create(TestResources.settings(Map.of(
                "OPENAI_BASE_URL", "http://localhost:11434/v1")))).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("OPENAI_MODEL");
        assertThat(((OpenAiEngine) engine(Map.of())).config().toString()).doesNotContain(KEY);
        assertThat(engine(Map.of()).info().model()).isEqualTo("gpt-4o-mini");
    }
}
