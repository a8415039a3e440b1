package dev.hanbridge.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.TestResources;

/** {@code hanbridge engines} lists the engines; {@code --check} asks them one sentence against WireMock. */
class EnginesCommandTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String KEY = "sk-planted-check-key-9876";
    private static final List<String> SETTINGS = List.of("base-url", "model", "api-key", "request-timeout");

    @BeforeEach
    void openAiAtWireMock() {
        System.setProperty("hanbridge.engines.openai.base-url", wm.baseUrl() + "/v1");
        System.setProperty("hanbridge.engines.openai.model", "gpt-4o-mini");
        System.setProperty("hanbridge.engines.openai.api-key", KEY);
        System.setProperty("hanbridge.engines.openai.request-timeout", "5s");
    }

    @AfterEach
    void clear() {
        SETTINGS.forEach(s -> System.clearProperty("hanbridge.engines.openai." + s));
    }

    private static void answer(int status, String file) {
        wm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(TestResources.read("openai/" + file))));
    }

    @Test
    void listsEveryEngineWithItsSettingsAndHidesKeys() {
        CliRunner.Result result = CliRunner.run("engines");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("openai  [ready]").contains("OPENAI_REASONING_EFFORT")
                .contains("OPENAI_MAX_OUTPUT_TOKENS").contains("deepl  [not configured]").doesNotContain(KEY);
    }

    @Test
    void aWorkingEngineAnswersOkWithItsTranslationAndTime() {
        wm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"chatcmpl-1","object":"chat.completion","created":1767225600,"model":"gpt-4o-mini",
                         "choices":[{"index":0,"message":{"role":"assistant","content":"{\\"1\\": \\"Seoul said it would raise next year's budget by 3%.\\"}"},"finish_reason":"stop"}],
                         "usage":{"prompt_tokens":240,"completion_tokens":18,"total_tokens":258}}""")));

        CliRunner.Result result = CliRunner.run("engines", "--check", "openai");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).containsPattern("(?m)^OK    openai \\(gpt-4o-mini\\) +\\d+\\.\\d s  Seoul said it would"
                + " raise next year's budget by 3%\\.$");
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(
                matchingJsonPath("$.messages[1].content", containing("서울시는 내년 예산을 3% 늘리겠다고 밝혔다."))));
    }

    @Test
    void wrongCredentialsFailTheCheckNamingTheSettingAndNeverTheKey() {
        answer(401, "error-401.json");

        CliRunner.Result result = CliRunner.run("engines", "--check", "openai");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).containsPattern("(?m)^FAIL  openai .*rejected the credentials \\(HTTP 401\\)\\. Check"
                + " OPENAI_API_KEY").doesNotContain("sk-plant").doesNotContain("9876");
    }

    @Test
    void anUnknownModelOrARefusedParameterIsTheReason() {
        answer(404, "error-404-model.json");
        assertThat(CliRunner.run("engines", "--check", "openai").out()).containsPattern("(?m)^FAIL  openai .*gpt-9.*OPENAI_MODEL");

        wm.resetAll();
        wm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"Unsupported value:"
                        + " 'messages[1].content' does not support text with this model.\",\"type\":"
                        + "\"invalid_request_error\",\"param\":\"messages[1].content\",\"code\":\"unsupported_value\"}}")));
        CliRunner.Result refused = CliRunner.run("engines", "--check", "openai");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("refused 'messages[1].content'");
    }

    @Test
    void aParameterTheModelRefusesIsDroppedAndTheCheckPasses() {
        wm.stubFor(post("/v1/chat/completions").atPriority(1).withRequestBody(matchingJsonPath("$.temperature"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(TestResources.read("openai/error-400-temperature.json"))));
        wm.stubFor(post("/v1/chat/completions").atPriority(2).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"chatcmpl-2","object":"chat.completion","created":1767225600,"model":"o3-mini",
                         "choices":[{"index":0,"message":{"role":"assistant","content":"{\\"1\\": \\"Seoul will raise its budget by 3%.\\"}"},"finish_reason":"stop"}],
                         "usage":{"prompt_tokens":240,"completion_tokens":90,"total_tokens":330,"completion_tokens_details":{"reasoning_tokens":72}}}""")));

        CliRunner.Result result = CliRunner.run("engines", "--check", "openai");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("OK    openai").contains("Seoul will raise its budget by 3%.");
    }

    @Test
    void anUnreachableServerOrAnEngineWithoutSettingsFailsANamedCheck() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        System.setProperty("hanbridge.engines.openai.base-url", "http://127.0.0.1:" + closedPort + "/v1");

        CliRunner.Result result = CliRunner.run("engines", "--check", "openai,deepl");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).containsPattern("(?m)^FAIL  openai .*refused or dropped the connection to 127\\.0\\.0\\.1")
                .containsPattern("(?m)^FAIL  deepl +DeepL API key is missing");
    }

    @Test
    void withoutAnIdEveryConfiguredEngineIsChecked() {
        answer(200, "ok.json");

        CliRunner.Result result = CliRunner.run("engines", "--check");

        // ok.json holds three translations for one sentence: the driver's alignment check says so.
        assertThat(result.out()).containsPattern("(?m)^FAIL  openai .*")
                .doesNotContain("deepl");
        assertThat(result.exitCode()).isEqualTo(1);
    }
}
