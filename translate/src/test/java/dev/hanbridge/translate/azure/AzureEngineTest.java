package dev.hanbridge.translate.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

class AzureEngineTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String KEY = "azure-planted-key-5f2c";
    private final TranslationRequest two = new TranslationRequest("ko", "en",
            List.of("시의회는 3일 내년도 예산안을 의결했다.", "표결 결과는 17대 4였다."), null);

    private TranslationEngine engine(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of("AZURE_TRANSLATOR_KEY", KEY, "AZURE_TRANSLATOR_ENDPOINT",
                wm.baseUrl(), "hanbridge.engines.azure.request-timeout", "1s"));
        s.putAll(extra);
        return new AzureEngineProvider().create(TestResources.settings(s)).orElseThrow();
    }

    private static void answer(int status, String file) {
        wm.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withHeader("X-metered-usage", "35")
                .withBody(TestResources.read("azure/" + file))));
    }

    @Test
    void sendsOneArrayOfTextElementsWithKeyAndRegionHeaders() {
        answer(200, "translate-ok.json");

        TranslationReply reply = engine(Map.of("AZURE_TRANSLATOR_REGION", "koreacentral")).translate(two);

        assertThat(reply.targets()).containsExactly("The city council approved next year's budget on the 3rd.",
                "The vote passed 17 to 4.");
        assertThat(reply.billedCharacters()).isEqualTo(35);
        wm.verify(1, postRequestedFor(urlEqualTo("/translate?api-version=3.0&from=ko&to=en"))
                .withHeader("Ocp-Apim-Subscription-Key", equalTo(KEY))
                .withHeader("Ocp-Apim-Subscription-Region", equalTo("koreacentral"))
                .withHeader("X-ClientTraceId", matching("[0-9a-f-]{36}"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(matchingJsonPath("$.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$[1].Text", equalTo("표결 결과는 17대 4였다."))));
    }

    @Test
    void aGlobalResourceSendsNoRegionHeader() {
        answer(200, "translate-ok.json");

        engine(Map.of()).translate(two);

        wm.verify(postRequestedFor(urlPathEqualTo("/translate")).withHeader("Ocp-Apim-Subscription-Region", absent()));
    }

    @Test
    void aRejectedKeyNamesKeyAndRegionSettings() {
        answer(401, "error-401.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("AZURE_TRANSLATOR_KEY").hasMessageContaining("AZURE_TRANSLATOR_REGION")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void anExhaustedFreeTierStopsTheRun() {
        answer(403, "error-403001.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(QuotaExceededException.class)
                .hasMessageContaining("403001");
    }

    @Test
    void backsOffOn429WithAndWithoutRetryAfter() {
        wm.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                .withBody(TestResources.read("azure/error-429.json"))));
        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(2)))
                .hasMessageContaining("429001");

        wm.resetAll();
        answer(429, "error-429.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).isEmpty());
    }

    @Test
    void serverErrorsAndTimeoutsAreRetried() {
        answer(503, "error-503.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(TransientTranslationException.class);

        wm.resetAll();
        wm.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withFixedDelay(3000)
                .withBody(TestResources.read("azure/translate-ok.json"))));
        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(TransientTranslationException.class)
                .hasMessageContaining("did not answer");
    }

    @Test
    void aBadRequestIsPermanent() {
        answer(400, "error-400.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(PermanentTranslationException.class)
                .hasMessageContaining("400036");
    }

    @Test
    void malformedAnswersAreRetriedAndShortOnesPassedOn() {
        wm.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(200).withBody("{\"oops\":")));
        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(TransientTranslationException.class);

        wm.resetAll();
        wm.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(200)
                .withBody("[{\"translations\":[{\"text\":\"Only one.\",\"to\":\"en\"}]}]")));
        // Passed on as the provider said it: the driver's alignment check rejects it.
        assertThat(engine(Map.of()).translate(two).targets()).containsExactly("Only one.");
    }

    @Test
    void documentedLimitsApplyUnlessOverridden() {
        assertThat(engine(Map.of()).info().limits().maxSegments()).isEqualTo(1000);
        assertThat(engine(Map.of()).info().limits().maxChars()).isEqualTo(50_000);
        assertThat(engine(Map.of("hanbridge.engines.azure.max-segments", "100")).info().limits().maxSegments()).isEqualTo(100);
        assertThat(((AzureEngine) engine(Map.of())).config().toString()).doesNotContain(KEY);
    }
}
