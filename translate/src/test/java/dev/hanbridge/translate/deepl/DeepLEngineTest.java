package dev.hanbridge.translate.deepl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.TranslationRequest.TranslationContext;

class DeepLEngineTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String KEY = "0f1e2d3c-test-key:fx";

    private final TranslationRequest twoSegments = new TranslationRequest("ko", "en",
            List.of("시의회는 3일 내년도 예산안을 의결했다.", "표결 결과는 17대 4였다."),
            new TranslationContext("시의회, 내년 예산 확정", List.of(), List.of("다음 회의는 다음 달에 열린다."), Map.of()));

    private TranslationEngine engine(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of("DEEPL_API_KEY", KEY, "DEEPL_BASE_URL", wm.baseUrl(),
                "hanbridge.engines.deepl.request-timeout", "1s"));
        s.putAll(extra);
        return new DeepLEngineProvider().create(TestResources.settings(s)).orElseThrow();
    }

    private static void answer(int status, String file) {
        wm.stubFor(post("/v2/translate").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(TestResources.read("deepl/" + file))));
    }

    @Test
    void sendsTheBatchAsOneJsonRequestWithKeyHeaderAndArticleContext() {
        answer(200, "translate-ok.json");

        TranslationReply reply = engine(Map.of()).translate(twoSegments);

        assertThat(reply.targets()).containsExactly("The city council approved next year's budget on the 3rd.",
                "The vote passed 17 to 4.");
        assertThat(reply.billedCharacters()).isEqualTo(34);
        wm.verify(1, postRequestedFor(urlEqualTo("/v2/translate"))
                .withHeader("Authorization", equalTo("DeepL-Auth-Key " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.text.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.text[0]", equalTo("시의회는 3일 내년도 예산안을 의결했다.")))
                .withRequestBody(matchingJsonPath("$.source_lang", equalTo("KO")))
                .withRequestBody(matchingJsonPath("$.target_lang", equalTo("EN-US")))
                .withRequestBody(matchingJsonPath("$.show_billed_characters", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.context", equalTo("시의회, 내년 예산 확정\n다음 회의는 다음 달에 열린다."))));
        assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).doesNotContain("glossary_id");
    }

    @Test
    void sendsTheConfiguredGlossaryAndBritishEnglish() {
        answer(200, "translate-ok.json");

        engine(Map.of("DEEPL_GLOSSARY_ID", "def3a26b-3e84-45b3-84ae-0c0aaf3525f7", "DEEPL_TARGET_LANG", "en-gb"))
                .translate(twoSegments);

        wm.verify(postRequestedFor(urlEqualTo("/v2/translate"))
                .withRequestBody(matchingJsonPath("$.glossary_id", equalTo("def3a26b-3e84-45b3-84ae-0c0aaf3525f7")))
                .withRequestBody(matchingJsonPath("$.target_lang", equalTo("EN-GB"))));
    }

    @Test
    void freeKeysGoToTheFreeHostAndProKeysToThePaidOne() {
        var free = (DeepLEngine) new DeepLEngineProvider().create(TestResources.settings(Map.of("DEEPL_API_KEY", KEY))).orElseThrow();
        var pro = (DeepLEngine) new DeepLEngineProvider()
                .create(TestResources.settings(Map.of("hanbridge.engines.deepl.api-key", "pro-key"))).orElseThrow();

        assertThat(free.config().baseUrl()).hasToString("https://api-free.deepl.com");
        assertThat(pro.config().baseUrl()).hasToString("https://api.deepl.com");
        assertThat(free.config().toString()).doesNotContain(KEY);
        assertThat(free.info().limits().maxSegments()).isEqualTo(50);
    }

    @Test
    void aMissingKeyNamesBothWaysToSetIt() {
        assertThatThrownBy(() -> new DeepLEngineProvider().create(TestResources.settings(Map.of())))
                .isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("DEEPL_API_KEY").hasMessageContaining("hanbridge.engines.deepl.api-key");
    }

    @Test
    void stopsTheRunWhenDeepLAnswers456() {
        answer(456, "error-456.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(twoSegments)).isInstanceOf(QuotaExceededException.class)
                .hasMessageContaining("456").hasMessageContaining("quota");
    }

    @Test
    void aRejectedKeyNamesTheSettingButNotTheKey() {
        answer(403, "error-403.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(twoSegments))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("HTTP 403")
                .hasMessageContaining("DEEPL_API_KEY").hasMessageNotContaining(KEY);
    }

    @Test
    void retriesLaterWhenDeepLAnswers429WithRetryAfter() {
        wm.stubFor(post("/v2/translate").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody(TestResources.read("deepl/error-429.json"))));

        assertThatThrownBy(() -> engine(Map.of()).translate(twoSegments))
                .isInstanceOfSatisfying(TransientTranslationException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)))
                .hasMessageContaining("HTTP 429");
    }

    @Test
    void retriesWhenDeepLAnswers429WithoutRetryAfter() {
        answer(429, "error-429.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(twoSegments))
                .isInstanceOfSatisfying(TransientTranslationException.class,
                        e -> assertThat(e.retryAfter()).isEmpty());
    }

    @Test
    void retriesOnServerErrors() {
        answer(503, "error-503.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(twoSegments))
                .isInstanceOf(TransientTranslationException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void aBadRequestIsPermanentAndQuotesDeepL() {
        answer(400, "error-400.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(twoSegments))
                .isInstanceOf(PermanentTranslationException.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("target_lang");
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        wm.stubFor(post("/v2/translate").willReturn(aResponse().withFixedDelay(3000).withStatus(200)
                .withBody(TestResources.read("deepl/translate-ok.json"))));

        assertThatThrownBy(() -> engine(Map.of()).translate(twoSegments))
                .isInstanceOf(TransientTranslationException.class).hasMessageContaining("did not answer");
    }

    @Test
    void aResetConnectionIsRetried() {
        wm.stubFor(post("/v2/translate").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> engine(Map.of()).translate(twoSegments))
                .isInstanceOf(TransientTranslationException.class);
    }

    @Test
    void aMalformedBodyIsRetried() {
        wm.stubFor(post("/v2/translate").willReturn(aResponse().withStatus(200).withBody("<html>bad gateway</html>")));

        assertThatThrownBy(() -> engine(Map.of()).translate(twoSegments))
                .isInstanceOf(TransientTranslationException.class).hasMessageContaining("not DeepL's JSON");
    }

    @Test
    void fewerTranslationsThanTextsArePassedOnForTheDriverToReject() {
        answer(200, "translate-one.json");

        // TranslationDriverTest.aShortAnswerFromDeepLIsTriedAgainThenSplitIntoSingleTexts takes it from here.
        assertThat(engine(Map.of()).translate(twoSegments).targets()).hasSize(1);
    }
}
